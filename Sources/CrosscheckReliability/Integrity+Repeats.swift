import CrosscheckModel
import CrosscheckText

/// Repeated sentences or a body printed twice.
extension Integrity {
    static func repeats(_ source: SourceText) -> Finding? {
        let repeated = repeatedSentences(source)
        let removed = removedDuplicates(source)
        guard !repeated.isEmpty || !removed.isEmpty else { return nil }
        let removedWords = removed.reduce(0) { $0 + Tokenizer.tokens($1.text).filter(\.isWord).count }
        let repeatedWords = repeated.reduce(0) { $0 + $1.sentence.words.count }
        let bodyWords = source.sentences.filter { $0.kind == .body }.reduce(0) { $0 + $1.words.count }
        let original = max(1, bodyWords - repeatedWords)
        var evidence = removed.prefix(6).map {
            Reliability.Evidence(paragraph: nil, text: $0.text, note: "removed as a repeat")
        }
        evidence += repeated.prefix(8).map { Reliability.Evidence($0.sentence, note: $0.note) }
        // Half the body again or more: the page printed the whole article twice.
        if Double(removedWords + repeatedWords) >= 0.4 * Double(original), removedWords + repeatedWords >= 60 {
            return Finding(
                id: "duplicated-body", label: "The whole article is printed twice", points: -Weights.duplicatedBody,
                evidence: evidence, phrase: "the body is printed twice")
        }
        let count = repeated.count + removed.count
        return Finding(
            id: "repeated-text", label: "Sentences repeated within the article (\(count))",
            points: cappedPoints(Double(count), each: Weights.repeatedEach, cap: Weights.repeatedCap), evidence: evidence,
            phrase: count == 1 ? "a repeated sentence" : "\(amountWord(count)) repeated sentences")
    }

    /// Sentences whose word triples are mostly found in an earlier sentence, or twice within themselves.
    static func repeatedSentences(_ source: SourceText) -> [(sentence: Sentence, note: String)] {
        let sentences = source.sentences
        // Each triple's earlier sentences form a chain through two flat lists (newest first): no list
        // is made for every triple, and shared triples are counted in one array, not a dictionary.
        var newest = UInt64Map<Int32>(minimumCapacity: sentences.reduce(0) { $0 + $1.words.count })
        var postingSentence: [Int32] = [], postingNext: [Int32] = []
        var sizes = [Int](repeating: 0, count: sentences.count)
        var shared = [Int](repeating: 0, count: sentences.count), touched: [Int] = []
        var out: [(Sentence, String)] = []
        for i in sentences.indices where sentences[i].kind != .headline && sentences[i].kind != .teaser {
            let triples = shingles(sentences[i].words)
            guard triples.count >= 4 else { continue }
            // A sorted list, not a set: a sentence has a few dozen triples, and only their count and members matter.
            let unique = triples.sortedDistinct()
            if triples.count - unique.count >= 5 {
                out.append((sentences[i], "the same words twice in one passage"))
            } else {
                for t in unique {
                    var p = newest[t] ?? -1
                    while p >= 0 {
                        let j = Int(postingSentence[Int(p)])
                        if shared[j] == 0 { touched.append(j) }
                        shared[j] += 1
                        p = postingNext[Int(p)]
                    }
                }
                // The earliest sentence that holds most of this one's triples, or most of its own.
                touched.sort()
                if let j = touched.first(where: { Double(shared[$0]) >= 0.8 * Double(min(unique.count, sizes[$0])) }) {
                    out.append((sentences[i], "repeats \u{201C}\(sentences[j].text.prefix(60))\u{201D}"))
                }
                for j in touched { shared[j] = 0 }
                touched.removeAll(keepingCapacity: true)
            }
            for t in unique {
                postingNext.append(newest.updateValue(Int32(postingSentence.count), forKey: t) ?? -1)
                postingSentence.append(Int32(i))
            }
            sizes[i] = unique.count
        }
        return out
    }

    static func shingles(_ words: [Int]) -> [UInt64] {
        guard words.count >= 3 else { return [] }
        return (2..<words.count).map { k in
            var h = UInt64(truncatingIfNeeded: words[k - 2]) &* 0x9E37_79B9_7F4A_7C15
            h = (h ^ UInt64(truncatingIfNeeded: words[k - 1])) &* 0xC2B2_AE3D_27D4_EB4F
            return (h ^ UInt64(truncatingIfNeeded: words[k])) &* 0x1656_67B1_9E37_79F9
        }
    }
}
