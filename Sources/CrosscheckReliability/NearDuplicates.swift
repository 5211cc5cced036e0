import CrosscheckModel
import CrosscheckText

/// Articles that are near copies of another article in the corpus, found with MinHash signatures
/// bucketed by bands (locality-sensitive hashing), so only articles sharing a bucket are compared.
struct NearDuplicates: Sendable {
    /// Source → the sources it nearly copies, with their word-triple overlap.
    private(set) var copies: [Int: [(doc: Int, similarity: Double)]] = [:]
    static let hashes = 32, rows = 4, threshold = 0.8, comparisonsPerArticle = 8

    init(corpus: Corpus) {
        // Each article's word triples, sorted and distinct: overlaps are counted by walking two lists.
        let sets = Parallel.map(corpus.sources.count) { d in
            // By index: filtering would copy every body sentence with its tokens.
            let sentences = corpus.sources[d].sentences
            return sentences.indices.filter { sentences[$0].kind == .body }.flatMap { Integrity.shingles(sentences[$0].words) }
                .sortedDistinct()
        }
        let signatures = Parallel.map(sets.count) { sets[$0].count >= 20 ? Self.signature(sets[$0]) : [] }
        var buckets: [UInt64: [Int]] = [:]
        for (d, signature) in signatures.enumerated() where !signature.isEmpty {
            for band in 0..<(Self.hashes / Self.rows) {
                var h = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
                for r in 0..<Self.rows { h = (h ^ signature[band * Self.rows + r]) &* 0xC2B2_AE3D_27D4_EB4F }
                buckets[h, default: []].append(d)
            }
        }
        var checked = Set<UInt64>()
        var comparisons: [Int: Int] = [:]
        for key in buckets.keys.sorted() {
            let docs = buckets[key]!
            // Members that may still be compared, in bucket order: one that has had its share of
            // comparisons drops out for good, so a bucket of a thousand reprints is not walked in full
            // for every member.
            var open = Array(docs.indices)
            for i in docs.indices {
                var kept: [Int] = []
                kept.reserveCapacity(open.count)
                // A wire story reprinted a thousand times fills one bucket; a few matches per article are enough.
                for j in open where j > i && (comparisons[docs[j]] ?? 0) < Self.comparisonsPerArticle {
                    defer { if (comparisons[docs[j]] ?? 0) < Self.comparisonsPerArticle { kept.append(j) } }
                    let (a, b) = (docs[i], docs[j])
                    guard checked.insert(Corpus.pair(a, b)).inserted else { continue }
                    comparisons[b, default: 0] += 1
                    let inter = sets[a].sortedOverlap(sets[b])
                    let similarity = Double(inter) / Double(sets[a].count + sets[b].count - inter)
                    if similarity >= Self.threshold {
                        copies[a, default: []].append((b, similarity))
                        copies[b, default: []].append((a, similarity))
                    }
                }
                open = kept
            }
        }
    }

    static func signature(_ set: [UInt64]) -> [UInt64] {
        (0..<hashes).map { k in
            let seed = UInt64(k + 1) &* 0xD6E8_FEB8_6659_FD93
            return set.reduce(UInt64.max) { m, x in min(m, (x ^ seed) &* 0xFF51_AFD7_ED55_8CCD) }
        }
    }

    /// The calendar day of an ISO 8601 date, which orders as text; a date in another form, or none, gives nil.
    /// Copies printed the same day cannot be told apart by the hour a page happens to show.
    static func day(_ date: String?) -> String? {
        guard let date else { return nil }
        let day = Array(date.utf8.prefix(10))
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard day.count == 10, day[4] == UInt8(ascii: "-"), day[7] == UInt8(ascii: "-"),
              digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(day[$0]) })
        else { return nil }
        return String(decoding: day, as: UTF8.self)
    }

    /// The later of two near copies is the copy and loses points. With no dates to tell them apart, either may be
    /// the original (a wire story printed as sent is honest copy), so both are told so without losing points.
    func finding(_ doc: Int, in corpus: Corpus) -> Finding? {
        guard let others = copies[doc]?.sorted(by: { $0.doc < $1.doc }), !others.isEmpty else { return nil }
        let date = Self.day(corpus.sources[doc].document.article.metadata.date?.value)
        var later = false
        var evidence: [Reliability.Evidence] = []
        for (other, similarity) in others {
            let otherDocument = corpus.sources[other].document
            let otherDate = Self.day(otherDocument.article.metadata.date?.value)
            let relation: String
            if let date, let otherDate, date != otherDate {
                if date < otherDate { continue }
                later = true
                relation = "printed after"
            } else {
                relation = "also in"
            }
            let name = otherDocument.article.metadata.outlet?.value ?? otherDocument.article.file
            let note = "\(Int((similarity * 100).rounded()))% of its word sequences \(relation) \(name) (\(otherDocument.article.file))"
            // The evidence is a passage of the article's own that the other article also prints.
            let otherWords = corpus.sources[other].words
            if let shared = corpus.sources[doc].sentences.first(where: {
                $0.kind == .body && $0.words.count >= 6 && $0.words.allSatisfy { otherWords.sortedContains($0) }
            }) ?? corpus.sources[doc].sentences.first(where: { $0.kind == .body }) {
                evidence.append(Reliability.Evidence(shared, note: note))
            }
        }
        guard !evidence.isEmpty else { return nil }
        if later {
            return Finding(
                id: "copied-article", label: "A near copy of an earlier article in the corpus", points: -Weights.copyPenalty,
                evidence: evidence, phrase: "a near copy of an earlier article")
        }
        return Finding(
            id: "copied-article", label: "Nearly identical to another article in the corpus (wire copy?)", points: 0,
            evidence: evidence, phrase: "nearly identical to another article")
    }
}
