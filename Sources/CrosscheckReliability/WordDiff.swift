/// Word-level alignment of two sentences: what one wrote where the other wrote something else.
enum WordDiff {
    /// A run of words in `a` (`mine`) standing where `b` has other words (`theirs`), between matched words.
    struct Replacement: Sendable, Hashable {
        var mine: Range<Int>
        var theirs: Range<Int>
    }

    /// Replacements anchored by a matched word on both sides.
    static func replacements(_ a: [Int], _ b: [Int]) -> [Replacement] {
        let pairs = matchedPairs(a, b)
        var out: [Replacement] = []
        for k in pairs.indices.dropFirst() {
            let (pi, pj) = pairs[k - 1], (ni, nj) = pairs[k]
            if ni - pi > 1, nj - pj > 1 { out.append(Replacement(mine: (pi + 1)..<ni, theirs: (pj + 1)..<nj)) }
        }
        return out
    }

    /// Positions of the words the two sequences share, in order (one longest common subsequence).
    static func matchedPairs<T: Equatable>(_ a: [T], _ b: [T]) -> [(Int, Int)] {
        // The walk below pairs a common beginning word by word, and the table past it depends on what
        // follows alone: aligned sentences often share most of their words, so the table starts after it.
        var p = 0
        while p < a.count, p < b.count, a[p] == b[p] { p += 1 }
        var pairs = (0..<p).map { ($0, $0) }
        let n = a.count - p, m = b.count - p
        guard n > 0, m > 0 else { return pairs }
        // One flat table, read through a pointer: a table of rows checked every write for a shared row.
        let width = m + 1
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: (n + 1) * width) { s in
            s.initialize(repeating: 0)
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    s[i * width + j] = a[p + i] == b[p + j]
                        ? s[(i + 1) * width + j + 1] + 1 : max(s[(i + 1) * width + j], s[i * width + j + 1])
                }
            }
            var i = 0, j = 0
            while i < n, j < m {
                if a[p + i] == b[p + j] {
                    pairs.append((p + i, p + j))
                    i += 1
                    j += 1
                } else if s[(i + 1) * width + j] >= s[i * width + j + 1] {
                    i += 1
                } else {
                    j += 1
                }
            }
            return pairs
        }
    }
}
