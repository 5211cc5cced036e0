import CrosscheckModel
import CrosscheckText

/// Paragraphs printed again, exactly or nearly (a repeated sentence with a word changed, a body
/// printed twice): the first is kept, the others removed.
enum Duplicates {
    /// Word-set overlap above which two paragraphs say the same thing.
    static let threshold = 0.8

    static func mark(_ lines: inout [Line]) {
        var exact: [String: Int] = [:]
        var seen: [(index: Int, words: Set<String>)] = []
        // Blocking: each paragraph is compared only with paragraphs sharing its rarest words.
        var byWord: [String: [Int]] = [:]
        for i in lines.indices where lines[i].isKept {
            let key = lines[i].words.joined(separator: " ")
            if exact[key] != nil {
                lines[i].verdict = .remove(.duplicate)
                continue
            }
            exact[key] = i
            let words = Set(lines[i].words)
            if words.count >= 8 {
                let candidates = Set(words.flatMap { byWord[$0] ?? [] })
                let similar = candidates.contains { Similarity.jaccard(words, seen[$0].words) >= threshold }
                if similar {
                    lines[i].verdict = .remove(.duplicate)
                    continue
                }
                for word in words { byWord[word, default: []].append(seen.count) }
                seen.append((i, words))
            }
        }
    }
}
