/// The longest common subsequence of two lists of word numbers: how many words two wordings share in
/// order. Quote clusters, quote fidelity and sentence alignment all ask it of many pairs.
public enum LCS {
    /// Its length, in two rows of memory; with bit vectors when either list has at most 64 words.
    @inlinable
    public static func length(_ a: [Int], _ b: [Int]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        if b.count <= 64 { return bitParallel(a, b) }
        if a.count <= 64 { return bitParallel(b, a) }
        // Both rows in one buffer, read through pointers.
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * width) { rows in
            rows.initialize(repeating: 0)
            var previous = rows.baseAddress!, current = previous + width
            b.withUnsafeBufferPointer { b in
                for x in a {
                    for j in 0..<b.count {
                        current[j + 1] = x == b[j] ? previous[j] + 1 : max(previous[j + 1], current[j])
                    }
                    swap(&previous, &current)
                }
            }
            return previous[b.count]
        }
    }

    /// The same length, with `b` (at most 64 words) as the bits of one word: each word of `a` updates
    /// all of `b`'s positions at once (Hyyrö's bit-vector algorithm), where the table does them one by one.
    @inlinable
    static func bitParallel(_ a: [Int], _ b: [Int]) -> Int {
        let width = b.count
        let all: UInt64 = width == 64 ? ~0 : (1 << UInt64(width)) - 1
        var v = all
        b.withUnsafeBufferPointer { b in
            for x in a {
                var matches: UInt64 = 0
                for j in 0..<width where b[j] == x { matches |= 1 << UInt64(j) }
                let u = v & matches
                v = ((v &+ u) | (v &- u)) & all
            }
        }
        return width - v.nonzeroBitCount
    }
}
