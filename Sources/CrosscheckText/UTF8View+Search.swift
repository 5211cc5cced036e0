extension String.UTF8View {
    /// Whether `needle`'s bytes occur in these bytes: an exact, case-sensitive substring test
    /// without Foundation, fast enough to run several times on every paragraph of a large corpus.
    public func containsBytes(of needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        return withContiguousStorageIfAvailable { haystack -> Bool in
            Self.search(haystack, pattern, first)
        } ?? Self.search(Array(self), pattern, first)
    }

    private static func search<C: RandomAccessCollection>(_ haystack: C, _ pattern: [UInt8], _ first: UInt8) -> Bool
    where C.Element == UInt8, C.Index == Int {
        guard haystack.count >= pattern.count else { return false }
        let last = haystack.endIndex - pattern.count
        var i = haystack.startIndex
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < pattern.count, haystack[i + j] == pattern[j] { j += 1 }
                if j == pattern.count { return true }
            }
            i += 1
        }
        return false
    }
}
