import CrosscheckText

/// Finds, for a sentence, the sentences of other sources that tell the same thing in mostly the same words.
/// Sentences are filed under their word pairs (an inverted index); pairs so common that they would
/// match half the corpus are dropped, so a lookup touches only a few candidates.
struct SentenceAligner: Sendable {
    /// Global sentence number → (source, sentence in source).
    private var locations: [(doc: Int, sentence: Int)] = []
    /// Global sentence number → its words: read for every candidate, without copying the sentence.
    private var words: [[Int]] = []
    /// Source → its first global sentence number: numbers run source by source, so a source's
    /// sentences are one range, told without reading each hit's location.
    private var firstNumber: [Int32] = []
    private var postings = UInt64Map<[Int32]>()
    private let corpus: Corpus
    static let postingCap = 64, keysPerLookup = 12, candidatesPerLookup = 24
    static let minimumWords = 6

    init(corpus: Corpus) {
        self.corpus = corpus
        for (d, source) in corpus.sources.enumerated() {
            firstNumber.append(Int32(locations.count))
            for (s, sentence) in source.sentences.enumerated() where sentence.kind != .teaser && sentence.words.count >= Self.minimumWords {
                let number = Int32(locations.count)
                locations.append((d, s))
                words.append(sentence.words)
                for key in keys(sentence.words).sortedDistinct() where (postings[key]?.count ?? 0) <= Self.postingCap {
                    postings[key, default: []].append(number)
                }
            }
        }
        firstNumber.append(Int32(locations.count))
    }

    /// Word pairs with at least one topic word: "of the" tells nothing about which sentence this is.
    private func keys(_ words: [Int]) -> [UInt64] {
        guard words.count >= 2 else { return [] }
        return (1..<words.count).compactMap { i in
            corpus.isContent[words[i - 1]] || corpus.isContent[words[i]]
                ? Corpus.pair(words[i - 1], words[i]) : nil
        }
    }

    /// The `count` sentences with the most hits (two at least), ties to the lower number: what sorting
    /// them all would put first. A sentence holds a key once, so hits are at most keysPerLookup; counted
    /// by value, they give the fewest hits a chosen sentence has, and only the sentences above it and
    /// the numbers at it are sorted, where nearly all have two hits.
    private static func best(_ counted: [(number: Int32, hits: Int32)], _ count: Int) -> [Int32] {
        var counts = [Int](repeating: 0, count: keysPerLookup + 1)
        for entry in counted where entry.hits >= 2 { counts[Int(entry.hits)] += 1 }
        var cutoff = keysPerLookup, reached = counts[cutoff]
        while cutoff > 2, reached < count {
            cutoff -= 1
            reached += counts[cutoff]
        }
        var above: [(number: Int32, hits: Int32)] = [], at: [Int32] = []
        for entry in counted where entry.hits >= cutoff {
            if entry.hits > cutoff { above.append(entry) } else { at.append(entry.number) }
        }
        above.sort { ($0.hits, -$0.number) > ($1.hits, -$1.number) }
        at.sort()
        return Array((above.map(\.number) + at).prefix(count))
    }

    /// A sentence is named by its place, not copied: most matches are only counted or have their words read.
    struct Match: Sendable {
        var doc: Int
        /// The sentence's number in its source.
        var sentence: Int
        var words: [Int]
        /// Words in common, in order.
        var common: Int
        /// `common` over the shorter sentence's length: a sentence quoted inside a longer one still matches.
        var similarity: Double
    }

    /// The best matching sentence of each other source, closest first.
    func matches(for sentence: Sentence, minimumSimilarity: Double = 0.6) -> [Match] {
        guard sentence.words.count >= Self.minimumWords else { return [] }
        // The rarest word pairs of the sentence find its relatives; a bounded number keeps each lookup cheap.
        // Sorted by rarity, then by the pair itself, so that ties never depend on hashing order.
        var distinct = keys(sentence.words)
        distinct.sort()
        // The lists stay where they are; what is sorted is their lengths and keys, plain numbers.
        var lists: [[Int32]] = []
        var order: [(count: Int, key: UInt64, list: Int)] = []
        lists.reserveCapacity(distinct.count)
        order.reserveCapacity(distinct.count)
        for (k, key) in distinct.enumerated() where k == 0 || distinct[k - 1] != key {
            guard let list = postings[key], list.count <= Self.postingCap else { continue }
            order.append((list.count, key, lists.count))
            lists.append(list)
        }
        order.sort { ($0.count, $0.key) < ($1.count, $1.key) }
        // Hits counted in a small open-addressed table on the stack, twice as large as the number of hits,
        // so it never fills. Cheaper than sorting the hits or a dictionary; the order the counts come out
        // in does not matter, as the candidates are sorted.
        let used = order.prefix(Self.keysPerLookup).map { lists[$0.list] }
        let hits = used.reduce(0) { $0 + $1.count }
        let slots = max(16, 1 << (Int.bitWidth - (2 * hits).leadingZeroBitCount))
        // The sentences hit, as they are first counted: only those are read back, not every slot.
        var counted: [(number: Int32, hits: Int32)] = []
        let own = firstNumber[sentence.doc]..<firstNumber[sentence.doc + 1]
        withUnsafeTemporaryAllocation(of: (number: Int32, hits: Int32).self, capacity: slots) { table in
            table.initialize(repeating: (-1, 0))
            var filled: [Int] = []
            filled.reserveCapacity(hits)
            for list in used {
                for number in list where !own.contains(number) {
                    var slot = Int(UInt32(bitPattern: number) &* 2_654_435_761) & (slots - 1)
                    while table[slot].number != -1, table[slot].number != number { slot = (slot + 1) & (slots - 1) }
                    if table[slot].number == -1 { filled.append(slot) }
                    table[slot] = (number, table[slot].hits + 1)
                }
            }
            counted = filled.map { table[$0] }
        }
        let candidates = Self.best(counted, Self.candidatesPerLookup)
        // One per source: a handful of candidates, so a list searched in order.
        var best: [(doc: Int, sentence: Int, common: Int, similarity: Double)] = []
        best.reserveCapacity(candidates.count)
        // The sentence is compared with every candidate: its words are made ready once.
        let pattern = LCS.Pattern(sentence.words)
        for number in candidates {
            let (d, s) = locations[Int(number)]
            let words = self.words[Int(number)]
            let common = pattern?.length(words) ?? LCS.length(sentence.words, words)
            let similarity = Double(common) / Double(min(sentence.words.count, words.count))
            guard similarity >= minimumSimilarity, common >= Self.minimumWords else { continue }
            guard let k = best.firstIndex(where: { $0.doc == d }) else {
                best.append((d, s, common, similarity))
                continue
            }
            let paragraph = corpus.sources[d].sentences[s].paragraph, old = best[k]
            if (old.similarity, -corpus.sources[d].sentences[old.sentence].paragraph) >= (similarity, -paragraph) { continue }
            best[k] = (d, s, common, similarity)
        }
        return best.sorted { ($0.similarity, -$0.doc) > ($1.similarity, -$1.doc) }.map {
            Match(doc: $0.doc, sentence: $0.sentence, words: corpus.sources[$0.doc].sentences[$0.sentence].words, common: $0.common, similarity: $0.similarity)
        }
    }
}
