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
        guard !a.isEmpty, !b.isEmpty else { return [] }
        // One flat table, read through a pointer: a table of rows checked every write for a shared row.
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: (a.count + 1) * width) { s in
            s.initialize(repeating: 0)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    s[i * width + j] = a[i] == b[j]
                        ? s[(i + 1) * width + j + 1] + 1 : max(s[(i + 1) * width + j], s[i * width + j + 1])
                }
            }
            var pairs: [(Int, Int)] = []
            var i = 0, j = 0
            while i < a.count, j < b.count {
                if a[i] == b[j] {
                    pairs.append((i, j))
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
