import CrosscheckModel
import CrosscheckText

/// Paragraphs printed again, exactly or nearly (a repeated sentence with a word changed, a body
/// printed twice): the first is kept, the others removed.
enum Duplicates {
    /// Word-set overlap above which two paragraphs say the same thing.
    static let threshold = 0.8

    static func mark(_ lines: inout [Line]) {
        // Words as numbers: a paragraph printed again has the same list of them, and comparing two
        // paragraphs' sorted lists is a merge of integers, not the hashing of every word again.
        var ids = WordNumbers()
        var exact = Set<[Int]>()
        var seen: [[Int]] = []
        for i in lines.indices where lines[i].isKept {
            let numbered = lines[i].words.map { ids.number($0) }
            guard exact.insert(numbered).inserted else {
                lines[i].verdict = .remove(.duplicate)
                continue
            }
            let words = numbered.sortedDistinct()
            if words.count >= 8 {
                // Every earlier paragraph: gathering those that share a word cost more than comparing,
                // as nearly all share "the".
                if seen.contains(where: { isSimilar(words, $0) }) {
                    lines[i].verdict = .remove(.duplicate)
                    continue
                }
                seen.append(words)
            }
        }
    }

    /// Whether `Similarity.jaccard` of two sorted lists of distinct numbers reaches the threshold.
    private static func isSimilar(_ a: [Int], _ b: [Int]) -> Bool {
        // The overlap is at most the smaller size over the larger: most pairs stop here.
        if Double(min(a.count, b.count)) / Double(max(a.count, b.count)) < threshold { return false }
        let shared = a.sortedOverlap(b)
        return Double(shared) / Double(a.count + b.count - shared) >= threshold
    }
}
