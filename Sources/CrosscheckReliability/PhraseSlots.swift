import CrosscheckText

/// The words sources put between two given words: `forces ___ the` → {over: 3 sources}. A source that alone
/// fills a slot the others fill alike, with a word that makes pairs nobody else writes, has swapped a word.
struct PhraseSlots: Sendable {
    /// (left, right) → the commonest fillers, most sources first: (word, sources using it there).
    private var fillers = UInt64Map<[(word: Int, sources: Int)]>()
    static let kept = 3

    init(corpus: Corpus) {
        // Only slots where some source writes a word pair nobody else writes can be asked about;
        // filling just those keeps the index small.
        var wanted = Set<UInt64>()
        Self.forEachSlot(corpus) { _, w, i in
            if corpus.bigramFrequency[Corpus.pair(w[i - 1], w[i])] == 1, corpus.bigramFrequency[Corpus.pair(w[i], w[i + 1])] == 1 {
                wanted.insert(Corpus.pair(w[i - 1], w[i + 1]))
            }
        }
        var seen: [UInt64: [Int: Set<Int>]] = [:]
        Self.forEachSlot(corpus) { d, w, i in
            let slot = Corpus.pair(w[i - 1], w[i + 1])
            if wanted.contains(slot) { seen[slot, default: [:]][w[i], default: []].insert(d) }
        }
        for (slot, words) in seen {
            let usual = words.map { ($0.key, $0.value.count) }.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }
            fillers.updateValue(Array(usual.prefix(Self.kept)), forKey: slot)
        }
    }

    /// Calls `body(document, words of the sentence, i)` for each slot; sentences are read in place, not copied.
    private static func forEachSlot(_ corpus: Corpus, _ body: (Int, [Int], Int) -> Void) {
        for d in corpus.sources.indices {
            let sentences = corpus.sources[d].sentences
            for s in sentences.indices where sentences[s].kind != .teaser && sentences[s].words.count >= 3 {
                let w = sentences[s].words
                for i in 1..<(w.count - 1)
                where sentences[s].joined(i) && sentences[s].joined(i + 1) && carriesContext(w[i - 1], w[i + 1], corpus) {
                    body(d, w, i)
                }
            }
        }
    }

    /// A slot between two function words ("of ___ the") says nothing about the phrase.
    private static func carriesContext(_ a: Int, _ b: Int, _ corpus: Corpus) -> Bool {
        corpus.isContent[a] || corpus.isContent[b]
    }

    /// The word most other sources put between `left` and `right`, other than `middle`, with how many sources.
    func usual(left: Int, right: Int, other middle: Int) -> (word: Int, sources: Int)? {
        fillers[Corpus.pair(left, right)]?.first { $0.word != middle }
    }
}
