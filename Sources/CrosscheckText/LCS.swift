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

    /// The same length, with `b` (at most 64 words) as the bits of one word (see `Pattern`).
    @inlinable
    static func bitParallel(_ a: [Int], _ b: [Int]) -> Int {
        withUnsafeTemporaryAllocation(of: (word: Int, mask: UInt64).self, capacity: Pattern.slots) { table in
            Pattern.fill(table, b)
            return Pattern.length(a, table, width: b.count)
        }
    }

    /// A list of at most 64 words, made ready for the lengths of many lists against it: each word of
    /// the other list updates all of its positions at once (Hyyrö's bit-vector algorithm), where the
    /// table does them one by one. Each word's positions are found in a small hash table built once.
    public struct Pattern: Sendable {
        @usableFromInline static let slots = 128
        @usableFromInline var table: [(word: Int, mask: UInt64)]
        @usableFromInline let width: Int

        /// Nil for an empty list or one longer than 64 words.
        @inlinable
        public init?(_ b: [Int]) {
            guard !b.isEmpty, b.count <= 64 else { return nil }
            width = b.count
            table = [(word: Int, mask: UInt64)](unsafeUninitializedCapacity: Self.slots) { table, count in
                Self.fill(table, b)
                count = Self.slots
            }
        }

        /// The length of the longest common subsequence of `a` and the pattern's list.
        @inlinable
        public func length(_ a: [Int]) -> Int {
            table.withUnsafeBufferPointer { Self.length(a, $0, width: width) }
        }

        // 128 slots for at most 64 words: probes stay short. An empty slot has no positions (mask 0).
        @inlinable
        static func slot(_ word: Int, _ table: UnsafeBufferPointer<(word: Int, mask: UInt64)>) -> Int {
            var s = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(word)) &* 0x9E37_79B9_7F4A_7C15) >> 57)
            while table[s].mask != 0, table[s].word != word { s = (s + 1) & (slots - 1) }
            return s
        }

        @inlinable
        static func fill(_ table: UnsafeMutableBufferPointer<(word: Int, mask: UInt64)>, _ b: [Int]) {
            table.initialize(repeating: (0, 0))
            let read = UnsafeBufferPointer(table)
            for (j, word) in b.enumerated() {
                let s = slot(word, read)
                table[s] = (word, table[s].mask | 1 << UInt64(j))
            }
        }

        @inlinable
        static func length(_ a: [Int], _ table: UnsafeBufferPointer<(word: Int, mask: UInt64)>, width: Int) -> Int {
            let all: UInt64 = width == 64 ? ~0 : (1 << UInt64(width)) - 1
            var v = all
            for x in a {
                let u = v & table[slot(x, table)].mask
                v = ((v &+ u) | (v &- u)) & all
            }
            return width - v.nonzeroBitCount
        }

        @inlinable
        static func length(_ a: [Int], _ table: UnsafeMutableBufferPointer<(word: Int, mask: UInt64)>, width: Int) -> Int {
            length(a, UnsafeBufferPointer(table), width: width)
        }
    }

    /// One step of an alignment: a word both lists share (its place in each), or a word of one alone.
    public enum Step: Equatable, Sendable {
        case both(Int, Int)
        case first(Int)
        case second(Int)
    }

    /// How two lists line up word by word along one longest common subsequence. Where they part, a word
    /// of `a` comes first whenever the rest still holds as long a subsequence; past the end of one list,
    /// the other's words come alone.
    @inlinable
    public static func alignment<T: Equatable>(_ a: [T], _ b: [T]) -> [Step] {
        // The walk takes a common beginning word by word, and the table past it depends on what follows
        // alone: aligned wordings often share most of their words, so the table starts after it.
        var p = 0
        while p < a.count, p < b.count, a[p] == b[p] { p += 1 }
        var steps = (0..<p).map { Step.both($0, $0) }
        steps.reserveCapacity(a.count + b.count - p)
        let n = a.count - p, m = b.count - p
        var i = 0, j = 0
        if n > 0, m > 0 {
            // One flat table of the rest's common lengths, read through a pointer.
            let width = m + 1
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: (n + 1) * width) { s in
                s.initialize(repeating: 0)
                for i in stride(from: n - 1, through: 0, by: -1) {
                    for j in stride(from: m - 1, through: 0, by: -1) {
                        s[i * width + j] = a[p + i] == b[p + j]
                            ? s[(i + 1) * width + j + 1] + 1 : max(s[(i + 1) * width + j], s[i * width + j + 1])
                    }
                }
                while i < n, j < m {
                    if a[p + i] == b[p + j] {
                        steps.append(.both(p + i, p + j))
                        i += 1
                        j += 1
                    } else if s[(i + 1) * width + j] >= s[i * width + j + 1] {
                        steps.append(.first(p + i))
                        i += 1
                    } else {
                        steps.append(.second(p + j))
                        j += 1
                    }
                }
            }
        }
        steps += (i..<n).map { .first(p + $0) }
        steps += (j..<m).map { .second(p + $0) }
        return steps
    }
}
