import CrosscheckModel

/// Judges each clustered quotation against the other outlets' versions of the same statement, rather
/// than against one canonical wording (which may itself be the altered one when few outlets quote it).
struct QuoteAgreement: Sendable {
    enum Verdict: Sendable, Equatable { case faithful, altered(theirs: String), undecided }

    private let corpus: Corpus
    private let docOf: [String: Int]
    private let byCluster: [String: [Quote]]
    /// Each clustered quote's words, tokenized once: a statement quoted by hundreds of outlets is
    /// compared many times.
    private let wordsOf: [String: [String]]
    /// Per cluster, the sources that give each exact wording.
    private let sourcesOfWording: [String: [[String]: Set<String>]]
    /// Per cluster, each quoting source (sorted) with its quotes in input order: a statement quoted by
    /// hundreds of outlets is not filtered again for every quote and outlet.
    private let quotesBySource: [String: [(source: String, quotes: [Quote])]]

    init(corpus: Corpus, quotes: [Quote]) {
        self.corpus = corpus
        var docOf: [String: Int] = [:]
        for (d, source) in corpus.sources.enumerated() { docOf[source.document.id] = d }
        self.docOf = docOf
        let clustered = quotes.filter { $0.cluster != nil }
        byCluster = Dictionary(grouping: clustered, by: { $0.cluster! })
        var wordsOf: [String: [String]] = [:]
        var sourcesOfWording: [String: [[String]: Set<String>]] = [:]
        // Tokenizing is per quote and runs on all cores; filing the words is shared and runs after.
        let tokenized = Parallel.map(clustered.count) { Self.words(clustered[$0].text) }
        for (quote, words) in zip(clustered, tokenized) {
            wordsOf[quote.id] = words
            sourcesOfWording[quote.cluster!, default: [:]][words, default: []].insert(quote.sourceID)
        }
        self.wordsOf = wordsOf
        self.sourcesOfWording = sourcesOfWording
        quotesBySource = byCluster.mapValues { members in
            Dictionary(grouping: members, by: \.sourceID).map { (source: $0.key, quotes: $0.value) }.sorted { $0.source < $1.source }
        }
    }

    /// Sources quoting the statement of a cluster.
    func sources(inCluster cluster: String?) -> [String] {
        cluster.flatMap { byCluster[$0] }?.map(\.sourceID) ?? []
    }

    static func words(_ text: String) -> [String] { Tokenizer.tokens(text).filter(\.isWord).map(\.lower) }

    /// Faithful when it matches another outlet's version word for word (one stray word allowed);
    /// altered when it differs from every other outlet and either two outlets agree on another wording,
    /// or the other wording's word pairs are the ones the rest of the corpus uses.
    func verdict(_ quote: Quote) -> Verdict {
        guard let cluster = quote.cluster, byCluster[cluster] != nil else { return .undecided }
        let mine = wordsOf[quote.id] ?? Self.words(quote.text)
        guard mine.count >= 3 else { return .undecided }
        // Another outlet with the very same words: faithful, without comparing every version.
        if let same = sourcesOfWording[cluster]?[mine], same.hasMember(besides: quote.sourceID) { return .faithful }
        // Each other outlet's version: the quote of theirs that overlaps this one most.
        var versions: [(source: String, words: [String], text: String, diff: Int, common: Int)] = []
        for (source, theirs) in quotesBySource[cluster] ?? [] where source != quote.sourceID {
            let best = theirs.map { q -> ([String], String, Int, Int) in
                let w = wordsOf[q.id] ?? Self.words(q.text)
                let (common, diff) = Self.compare(mine, w)
                return (w, q.text, diff, common)
            }.max { ($0.3, -$0.2) < ($1.3, -$1.2) }
            if let best, best.3 >= 3 { versions.append((source, best.0, best.1, best.2, best.3)) }
        }
        guard !versions.isEmpty else { return .undecided }
        if versions.contains(where: { $0.diff <= 1 }) { return .faithful }
        // Two other outlets sharing one wording make it the consensus.
        for (i, a) in versions.enumerated() {
            for b in versions[(i + 1)...] where Self.compare(a.words, b.words).diff <= 1 {
                return .altered(theirs: a.text)
            }
        }
        guard let doc = docOf[quote.sourceID] else { return .undecided }
        var mineWins = 0, theirsWin = 0
        for version in versions {
            guard let other = docOf[version.source] else { continue }
            let (a, b) = (support(mine, against: version.words, excluding: [doc, other]),
                          support(version.words, against: mine, excluding: [doc, other]))
            if a > b { mineWins += 1 } else if b > a { theirsWin += 1 }
        }
        if theirsWin > mineWins, let theirs = versions.first?.text { return .altered(theirs: theirs) }
        return mineWins > theirsWin ? .faithful : .undecided
    }

    /// Words in common (in order), and words that differ where the two overlap.
    static func compare(_ a: [String], _ b: [String]) -> (common: Int, diff: Int) {
        let pairs = WordDiff.matchedPairs(a, b)
        guard let first = pairs.first, let last = pairs.last else { return (0, a.count + b.count) }
        let spanA = last.0 - first.0 + 1, spanB = last.1 - first.1 + 1
        // Where both go on past the shared stretch, the words just beyond it differ too ("asking" / "requesting").
        let before = first.0 > 0 && first.1 > 0 ? 2 : 0
        let after = last.0 < a.count - 1 && last.1 < b.count - 1 ? 2 : 0
        return (pairs.count, (spanA - pairs.count) + (spanB - pairs.count) + before + after)
    }

    /// Where the two wordings put different content words in the same place, how many of `a`'s choices
    /// (with a neighbouring word) third sources also write.
    private func support(_ a: [String], against b: [String], excluding: Set<Int>) -> Int {
        let pairs = WordDiff.matchedPairs(a, b)
        guard let first = pairs.first, let last = pairs.last else { return 0 }
        // (word of a, word of b, a's matched neighbours) at each place the wordings part.
        var places: [(mine: String, theirs: String, before: String?, after: String?)] = []
        if first.0 > 0, first.1 > 0 { places.append((a[first.0 - 1], b[first.1 - 1], nil, a[first.0])) }
        if last.0 < a.count - 1, last.1 < b.count - 1 { places.append((a[last.0 + 1], b[last.1 + 1], a[last.0], nil)) }
        for k in pairs.indices.dropFirst() {
            let (pi, pj) = pairs[k - 1], (ni, nj) = pairs[k]
            if ni - pi == 2, nj - pj == 2 { places.append((a[pi + 1], b[pj + 1], a[pi], a[ni])) }
        }
        var count = 0
        for place in places where Lexicon.isContent(place.mine) && Lexicon.isContent(place.theirs) {
            let pairs = [place.before.map { [$0, place.mine] }, place.after.map { [place.mine, $0] }].compactMap { $0 }
            let used = pairs.contains { words in
                guard let x = corpus.id(words[0]), let y = corpus.id(words[1]) else { return false }
                let key = Corpus.pair(x, y)
                return (corpus.bigramFrequency[key] ?? 0) - excluding.filter { corpus.sources[$0].bigrams.sortedContains(key) }.count > 0
            }
            if used { count += 1 }
        }
        return count
    }
}
