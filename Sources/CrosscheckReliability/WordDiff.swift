import CrosscheckText

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
        LCS.alignment(a, b).compactMap { step in
            if case .both(let i, let j) = step { return (i, j) }
            return nil
        }
    }
}
