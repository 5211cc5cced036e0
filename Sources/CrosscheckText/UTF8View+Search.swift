#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String.UTF8View {
    /// Whether `needle`'s bytes occur in these bytes: an exact, case-sensitive substring test
    /// without Foundation, fast enough to run several times on every paragraph of a large corpus
    /// (the C library's `memchr` and `memcmp` look at many bytes at once).
    public func containsBytes(of needle: String) -> Bool {
        guard !needle.isEmpty else { return true }
        // `withUTF8` gives contiguous bytes for any string, copying only one that is not native.
        var text = String(self), needle = needle
        return text.withUTF8 { haystack in needle.withUTF8 { Self.search(haystack, $0) } }
    }

    /// `contains(byte)`, by `memchr` over the contiguous bytes: the generic `contains` is not
    /// specialised here and costs a call per byte, on most words of a corpus.
    public func containsByte(_ byte: UInt8) -> Bool {
        withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        } ?? contains(byte)
    }

    /// `allSatisfy` and `contains(where:)` over the contiguous bytes, for the same reason.
    @inlinable
    public func allBytes(_ test: (UInt8) -> Bool) -> Bool {
        withContiguousStorageIfAvailable { $0.allSatisfy(test) } ?? allSatisfy(test)
    }

    @inlinable
    public func anyByte(_ test: (UInt8) -> Bool) -> Bool {
        withContiguousStorageIfAvailable { $0.contains(where: test) } ?? contains(where: test)
    }

    /// `first` and `last`, read through the contiguous bytes: the collection methods of the view are
    /// not specialised here and cost a call of their own, on every token of a corpus.
    public var firstByte: UInt8? {
        withContiguousStorageIfAvailable { $0.first } ?? first
    }

    public var lastByte: UInt8? {
        withContiguousStorageIfAvailable { $0.last } ?? last
    }

    /// Whether these are exactly `bytes`, compared by `memcmp`.
    public func sameBytes(as bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        withContiguousStorageIfAvailable { own in
            own.count == bytes.count && (own.isEmpty || memcmp(own.baseAddress!, bytes.baseAddress!, own.count) == 0)
        } ?? elementsEqual(bytes)
    }

    /// Whether the two hold the same bytes: no Unicode equivalence, unlike `==`, and compared by
    /// `memcmp`, many bytes at once, not byte by byte.
    public func sameBytes(as other: String) -> Bool {
        var other = other
        return other.withUTF8(sameBytes(as:))
    }

    private static func search(_ haystack: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteSearch.firstOffset(of: pattern, in: haystack) != nil
    }
}

public enum ByteSearch {
    /// Where `pattern` first occurs in `haystack`: `memchr` finds each candidate first byte and
    /// `memcmp` checks the rest, many bytes at once.
    public static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard haystack.count >= pattern.count, let h = haystack.baseAddress, let p = pattern.baseAddress else {
            return pattern.isEmpty ? 0 : nil
        }
        let first = Int32(p.pointee)
        var from = h
        var candidates = haystack.count - pattern.count + 1
        while candidates > 0, let hit = memchr(from, first, candidates) {
            let at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(at, p, pattern.count) == 0 { return at - h }
            candidates -= (at - from) + 1
            from = at + 1
        }
        return nil
    }
}
