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
        var seen: [UInt64: [Int]] = [:]
        seen.reserveCapacity(source.sentences.reduce(0) { $0 + $1.words.count })
        var sizes = [Int](repeating: 0, count: source.sentences.count)
        var out: [(Sentence, String)] = []
        for (i, sentence) in source.sentences.enumerated() where sentence.kind != .headline && sentence.kind != .teaser {
            let triples = shingles(sentence.words)
            guard triples.count >= 4 else { continue }
            // A sorted list, not a set: a sentence has a few dozen triples, and only their count and members matter.
            let unique = triples.sortedDistinct()
            if triples.count - unique.count >= 5 {
                out.append((sentence, "the same words twice in one passage"))
            } else {
                var shared: [Int: Int] = [:]
                for t in unique { for j in seen[t] ?? [] { shared[j, default: 0] += 1 } }
                if let (j, n) = shared.sorted(by: { $0.key < $1.key }).first(where: { j, n in
                    Double(n) >= 0.8 * Double(min(unique.count, sizes[j]))
                }) {
                    _ = n
                    let earlier = source.sentences[j]
                    out.append((sentence, "repeats \u{201C}\(earlier.text.prefix(60))\u{201D}"))
                }
            }
            for t in unique { seen[t, default: []].append(i) }
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
