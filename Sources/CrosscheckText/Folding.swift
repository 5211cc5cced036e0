import Foundation

/// Folds text for comparison: case, diacritics, full-width forms, typographic quotes and dashes.
/// Written over Unicode scalars with a table for Latin letters: Foundation's `folding` is far too
/// slow to call for every word of ten thousand articles.
public enum Folding {
    /// Lowercased, diacritics removed, curly quotes and dashes made plain, spaces collapsed.
    public static func fold(_ text: String) -> String {
        var text = text
        return String(decoding: text.withUTF8(fold(bytes:)), as: UTF8.self)
    }

    /// The folding, read from the text's UTF-8: most bytes are ASCII and need no decoding. Written
    /// without helper closures, which would capture the output and check access to it at every byte.
    private static func fold(bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var lastWasSpace = true
        var i = 0
        let ascii = asciiFolds
        while i < bytes.count {
            // ASCII, nearly every byte, by table: the switch below tests each range in turn.
            let byte = bytes[i]
            if byte < 0x80 {
                i += 1
                let folded = ascii[Int(byte)]
                if folded != 0xFF {
                    out.append(folded)
                    lastWasSpace = false
                } else if !lastWasSpace {
                    out.append(0x20)
                    lastWasSpace = true
                }
                continue
            }
            let (scalar, width) = Self.scalar(bytes, at: i)
            i += width
            let v = scalar.value
            var folded: UInt8?
            switch v {
            case 0x09...0x0D, 0x20: folded = nil
            case 0x41...0x5A: folded = UInt8(v + 32)
            case 0x60: folded = 0x27
            case 0..<0x80: folded = UInt8(v)
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x00B4, 0x2032: folded = 0x27
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: folded = 0x22
            case 0x2010...0x2015, 0x2212: folded = 0x2D
            case 0x2026:
                out += [0x2E, 0x2E, 0x2E]
                lastWasSpace = false
                continue
            case 0x0300...0x036F: continue  // combining accents
            case 0xFF01...0xFF5E: folded = UInt8(ascii: Character(Unicode.Scalar(v - 0xFEE0)!).lowercased().unicodeScalars.first!)
            case 0x80..<0x250:
                let latin = latin[Int(v) - 0x80]
                if latin.isEmpty { break }
                out += latin
                lastWasSpace = false
                continue
            default:
                if scalar.properties.isWhitespace { break }
                out += Array(scalar.properties.lowercaseMapping.utf8)
                lastWasSpace = false
                continue
            }
            if let folded {
                out.append(folded)
                lastWasSpace = false
            } else if !lastWasSpace {
                out.append(0x20)
                lastWasSpace = true
            }
        }
        if out.last == 0x20 { out.removeLast() }
        return out
    }

    /// Each ASCII byte folded as the switch in `fold(bytes:)` folds it; 0xFF for white space.
    private static let asciiFolds: [UInt8] = (0..<128).map { (byte: UInt8) -> UInt8 in
        switch byte {
        case 0x09...0x0D, 0x20: 0xFF
        case 0x41...0x5A: byte + 32
        case 0x60: 0x27
        default: byte
        }
    }

    /// UTF-8 of each folded Latin scalar from U+0080 to U+024F, made once with Foundation.
    private static let latin: [[UInt8]] = (0x80..<0x250).map { value in
        let scalar = Unicode.Scalar(UInt32(value))!
        if scalar.properties.isWhitespace { return [] }
        if let letters = lettersWithoutAccents[value] { return Array(letters.utf8) }
        let folded = String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return Array(folded.utf8)
    }

    /// Letters that are not a base letter with an accent, so that Foundation leaves them as they are,
    /// but that names are written with their plain forms in English copy: "Kılıçdaroğlu" and
    /// "Kilicdaroglu", "Løkke" and "Lokke", "Wałęsa" and "Walesa".
    private static let lettersWithoutAccents: [Int: String] = [
        0x131: "i", 0xD8: "o", 0xF8: "o", 0x141: "l", 0x142: "l", 0x110: "d", 0x111: "d", 0xD0: "d", 0xF0: "d",
        0x126: "h", 0x127: "h", 0x166: "t", 0x167: "t", 0xDF: "ss", 0xC6: "ae", 0xE6: "ae", 0x152: "oe", 0x153: "oe",
        0xDE: "th", 0xFE: "th",
    ]

    /// Lowercased words of letters and digits (apostrophes inside a word kept: "there's").
    /// Read from the folded text's UTF-8: nearly every byte is ASCII and needs no decoding.
    /// `longerThan`: only words of more UTF-8 bytes than that; the others are not made into strings.
    public static func words(_ text: String, longerThan minimum: Int = 0) -> [String] {
        var result: [String] = []
        forEachWord(text, longerThan: minimum) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// The same words, each handed to `body` as its UTF-8 without being made into a string: for
    /// counting the words of a whole corpus that a few are looked up among.
    public static func forEachWord(_ text: String, longerThan minimum: Int = 0, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        // The folding of valid UTF-8 is valid UTF-8: read as it comes, not made into a string first.
        let folded = text.withUTF8(fold(bytes:))
        folded.withUnsafeBufferPointer { bytes in
            var start = -1
            var i = 0
            while i < bytes.count {
                let (scalar, width) = Self.scalar(bytes, at: i)
                if isWordScalar(scalar) {
                    if start < 0 { start = i }
                } else if scalar == "'", start >= 0, i + 1 < bytes.count, Self.scalar(bytes, at: i + 1).0.properties.isAlphabetic {
                    // an apostrophe inside a word
                } else if start >= 0 {
                    if i - start > minimum { body(UnsafeBufferPointer(rebasing: bytes[start..<i])) }
                    start = -1
                }
                i += width
            }
            if start >= 0, bytes.count - start > minimum { body(UnsafeBufferPointer(rebasing: bytes[start...])) }
        }
    }

    /// The scalar whose UTF-8 starts at `i` of valid UTF-8, and its length in bytes.
    @inline(__always)
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b = UInt32(bytes[i])
        if b < 0x80 { return (Unicode.Scalar(UInt8(b)), 1) }
        func c(_ k: Int) -> UInt32 { UInt32(bytes[i + k]) & 0x3F }
        if b < 0xE0 { return (Unicode.Scalar(((b & 0x1F) << 6) | c(1))!, 2) }
        if b < 0xF0 { return (Unicode.Scalar(((b & 0x0F) << 12) | (c(1) << 6) | c(2))!, 3) }
        return (Unicode.Scalar(((b & 0x07) << 18) | (c(1) << 12) | (c(2) << 6) | c(3))!, 4)
    }

    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
