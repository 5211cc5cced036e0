/// Finds, for a sentence, the sentences of other sources that tell the same thing in mostly the same words.
/// Sentences are filed under their word pairs (an inverted index); pairs so common that they would
/// match half the corpus are dropped, so a lookup touches only a few candidates.
struct SentenceAligner: Sendable {
    /// Global sentence number → (source, sentence in source).
    private var locations: [(doc: Int, sentence: Int)] = []
    private var postings: [UInt64: [Int32]] = [:]
    private let corpus: Corpus
    static let postingCap = 64
    static let minimumWords = 6

    init(corpus: Corpus) {
        self.corpus = corpus
        for (d, source) in corpus.sources.enumerated() {
            for (s, sentence) in source.sentences.enumerated() where sentence.kind != .teaser && sentence.words.count >= Self.minimumWords {
                let number = Int32(locations.count)
                locations.append((d, s))
                for key in Set(keys(sentence.words)) {
                    var list = postings[key, default: []]
                    if list.count <= Self.postingCap { list.append(number) }
                    postings[key] = list
                }
            }
        }
    }

    /// Word pairs with at least one topic word: "of the" tells nothing about which sentence this is.
    private func keys(_ words: [Int]) -> [UInt64] {
        guard words.count >= 2 else { return [] }
        return (1..<words.count).compactMap { i in
            Lexicon.isContent(corpus.spellings[words[i - 1]]) || Lexicon.isContent(corpus.spellings[words[i]])
                ? Corpus.pair(words[i - 1], words[i]) : nil
        }
    }

    struct Match: Sendable {
        var doc: Int
        var sentence: Sentence
        /// Words in common, in order.
        var common: Int
        /// `common` over the shorter sentence's length: a sentence quoted inside a longer one still matches.
        var similarity: Double
    }

    /// The best matching sentence of each other source, closest first.
    func matches(for sentence: Sentence, minimumSimilarity: Double = 0.6) -> [Match] {
        guard sentence.words.count >= Self.minimumWords else { return [] }
        var shared: [Int32: Int] = [:]
        for key in Set(keys(sentence.words)) {
            guard let list = postings[key], list.count <= Self.postingCap else { continue }
            for number in list where locations[Int(number)].doc != sentence.doc { shared[number, default: 0] += 1 }
        }
        var best: [Int: Match] = [:]
        for (number, count) in shared where count >= 2 {
            let (d, s) = locations[Int(number)]
            let other = corpus.sources[d].sentences[s]
            let common = WordDiff.lcsLength(sentence.words, other.words)
            let similarity = Double(common) / Double(min(sentence.words.count, other.words.count))
            guard similarity >= minimumSimilarity, common >= Self.minimumWords else { continue }
            let match = Match(doc: d, sentence: other, common: common, similarity: similarity)
            if let old = best[d], (old.similarity, -old.sentence.paragraph) >= (similarity, -other.paragraph) { continue }
            best[d] = match
        }
        return best.values.sorted { ($0.similarity, -$0.doc) > ($1.similarity, -$1.doc) }
    }
}
