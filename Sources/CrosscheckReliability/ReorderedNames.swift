/// Multi-word names whose words other outlets give in another order ("Resolve Inherent Operation"
/// for "Operation Inherent Resolve"): word-for-word translation keeps the words, not the order.
struct ReorderedNames: Sendable {
    /// Sorted words of a name → the orders in which sources write it, with the sources.
    private var orders: [String: [String: Set<Int>]] = [:]

    init(corpus: Corpus) {
        for (d, source) in corpus.sources.enumerated() {
            // Headlines in title case put any words in capitals; only running text is compared.
            for sentence in source.sentences where sentence.kind == .body {
                for run in Self.runs(sentence.tokens) {
                    orders[Self.key(run), default: [:]][run.joined(separator: " "), default: []].insert(d)
                }
            }
        }
    }

    /// The source's order and the order other outlets use, when they differ.
    func reordering(in sentence: Sentence, doc: Int) -> (String, String)? {
        guard sentence.kind == .body else { return nil }
        for run in Self.runs(sentence.tokens) {
            let mine = run.joined(separator: " ")
            guard let variants = orders[Self.key(run)], !(variants[mine]?.hasMember(besides: doc) ?? false) else { continue }
            let others = variants.filter { $0.key != mine && $0.value.hasMember(besides: doc) }
            if let theirs = others.keys.sorted().first { return (mine, theirs) }
        }
        return nil
    }

    private static func key(_ run: [String]) -> String { run.map { $0.lowercased() }.sorted().joined(separator: " ") }

    /// Runs of three or more capitalised words.
    static func runs(_ tokens: [Token]) -> [[String]] {
        var out: [[String]] = []
        var current: [String] = []
        for (i, token) in tokens.enumerated() {
            if token.isCapitalized, token.isAlphabetic, i > 0 || !Lexicon.sentenceStarters.contains(token.text) {
                current.append(token.text)
            } else {
                if current.count >= 3 { out.append(current) }
                current = []
            }
        }
        if current.count >= 3 { out.append(current) }
        return out
    }
}
