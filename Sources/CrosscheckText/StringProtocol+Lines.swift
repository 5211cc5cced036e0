#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StringProtocol {
    /// `split(separator: "\n", …)` over UTF-8 bytes. A line feed is always a character of its own,
    /// so the pieces are the same; walking characters to find it cost more than the work on the lines.
    public func lines(maxSplits: Int = .max, omittingEmptySubsequences: Bool = false) -> [Substring] {
        let text = Substring(self)
        let utf8 = text.utf8
        // Line feeds found with `memchr`: the generic split looked at every byte through a closure.
        guard let pieces = utf8.withContiguousStorageIfAvailable({
            Self.lineRanges($0, maxSplits: maxSplits, omittingEmpty: omittingEmptySubsequences)
        }) else {
            return utf8.split(separator: 0x0A, maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences)
                .map { Substring($0) }
        }
        var index = utf8.startIndex, offset = 0
        return pieces.map { piece in
            index = utf8.index(index, offsetBy: piece.lowerBound - offset)
            let end = utf8.index(index, offsetBy: piece.count)
            offset = piece.upperBound
            defer { index = end }
            return Substring(utf8[index..<end])
        }
    }

    /// Byte ranges of the pieces, exactly as `Collection.split(separator:maxSplits:omittingEmptySubsequences:)` cuts them.
    private static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>, maxSplits: Int, omittingEmpty: Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        func append(_ end: Int) -> Bool {
            if start == end && omittingEmpty { return false }
            result.append(start..<end)
            return true
        }
        guard maxSplits > 0, !bytes.isEmpty, let base = bytes.baseAddress else {
            _ = append(bytes.count)
            return result
        }
        while start < bytes.count, let hit = memchr(base + start, 0x0A, bytes.count - start) {
            let end = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            let appended = append(end)
            start = end + 1
            if appended && result.count == maxSplits { break }
        }
        if start != bytes.count || !omittingEmpty { result.append(start..<bytes.count) }
        return result
    }
}
