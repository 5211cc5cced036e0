/// The words sources put between two given words: `forces ___ the` → {over: 3 sources}. A source that alone
/// fills a slot the others fill alike, with a word that makes pairs nobody else writes, has swapped a word.
struct PhraseSlots: Sendable {
    /// (left, right) → packed (middle, source) entries.
    private var slots: [UInt64: [UInt64]] = [:]

    init(corpus: Corpus) {
        for (d, source) in corpus.sources.enumerated() {
            for sentence in source.sentences where sentence.kind != .teaser && sentence.words.count >= 3 {
                let w = sentence.words
                for i in 1..<(w.count - 1)
                where sentence.joined(i) && sentence.joined(i + 1) && Self.carriesContext(w[i - 1], w[i + 1], corpus) {
                    slots[Corpus.pair(w[i - 1], w[i + 1]), default: []].append(Corpus.pair(w[i], d))
                }
            }
        }
    }

    /// A slot between two function words ("of ___ the") says nothing about the phrase.
    private static func carriesContext(_ a: Int, _ b: Int, _ corpus: Corpus) -> Bool {
        Lexicon.isContent(corpus.spellings[a]) || Lexicon.isContent(corpus.spellings[b])
    }

    /// The word most other sources put between `left` and `right`, with how many sources, if it is not `middle`.
    func usual(left: Int, right: Int, besides doc: Int) -> (word: Int, sources: Int)? {
        guard let entries = slots[Corpus.pair(left, right)] else { return nil }
        var docs: [Int: Set<Int>] = [:]
        for packed in entries {
            let word = Int(packed >> 32), d = Int(packed & 0xFFFF_FFFF)
            if d != doc { docs[word, default: []].insert(d) }
        }
        return docs.map { ($0.key, $0.value.count) }.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }.first
    }
}
