/// A paragraph as UTF-8 bytes. Tokens, sentences and quotation marks are found on the bytes:
/// walking `Character`s is several times slower and dominated the cost on large corpora. Its tests
/// are inlinable, since the claims' tokenizer, in another module, calls them for every byte.
public struct ParagraphText: Sendable {
    public let bytes: [UInt8]

    @inlinable public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    @inlinable public var count: Int { bytes.count }

    @inlinable public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The scalar starting at byte `i` and its length in bytes.
    @inlinable public func scalar(at i: Int) -> (Unicode.Scalar, Int) {
        let b = bytes[i]
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard i + length <= bytes.count else { return (Unicode.Scalar(0xFFFD)!, 1) }
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
        return (Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)!, length)
    }

    @inlinable public func isLetter(at i: Int) -> Bool {
        guard i < bytes.count else { return false }
        let b = bytes[i]
        if b < 0x80 { return (b | 0x20) >= 97 && (b | 0x20) <= 122 }
        let p = scalar(at: i).0.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark
    }

    @inlinable public func isDigit(at i: Int) -> Bool {
        guard i < bytes.count else { return false }
        let b = bytes[i]
        if b < 0x80 { return b >= 48 && b <= 57 }
        return scalar(at: i).0.properties.numericType != nil
    }

    @inlinable public func isSpace(at i: Int) -> Bool {
        guard i < bytes.count else { return false }
        let b = bytes[i]
        if b < 0x80 { return b == 32 || (b >= 9 && b <= 13) }
        return scalar(at: i).0.properties.isWhitespace
    }

    @inlinable public func isUppercase(at i: Int) -> Bool {
        guard i < bytes.count else { return false }
        let b = bytes[i]
        if b < 0x80 { return b >= 65 && b <= 90 }
        return scalar(at: i).0.properties.isUppercase
    }

    /// Length of the character at `i` in bytes.
    @inlinable public func width(at i: Int) -> Int { scalar(at: i).1 }

    /// An apostrophe: straight or curly (U+2019); returns its length.
    @inlinable public func apostrophe(at i: Int) -> Int? {
        guard i < bytes.count else { return nil }
        if bytes[i] == 0x27 { return 1 }
        if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
        return nil
    }
}
