import Foundation

extension String {
    /// Foundation's `range(of:options: .caseInsensitive)`. Where both strings are ASCII, case folding
    /// is the ASCII letters' alone and the search runs on bytes; Foundation, which copies the string
    /// for every search, answers the rest.
    public func caseInsensitiveRange(of needle: String) -> Range<String.Index>? {
        guard !needle.isEmpty, utf8.allBytes({ $0 < 0x80 }), needle.utf8.allBytes({ $0 < 0x80 }) else {
            return range(of: needle, options: [.caseInsensitive])
        }
        func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
        let text = utf8.map(lower), pattern = needle.utf8.map(lower)
        guard text.count >= pattern.count else { return nil }
        for start in 0...(text.count - pattern.count) where text[start] == pattern[0] {
            guard text[start..<(start + pattern.count)].elementsEqual(pattern) else { continue }
            let lower = utf8.index(startIndex, offsetBy: start)
            return lower..<utf8.index(lower, offsetBy: pattern.count)
        }
        return nil
    }
}
