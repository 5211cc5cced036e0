extension Character {
    /// The byte of a character that is one ASCII byte; nil for any other ("\r\n" included). The
    /// standard `asciiValue` first compares the character with "\r\n", a string comparison, each call.
    @inlinable
    public var asciiByte: UInt8? {
        // A subscript, not `first`: the generic `first` was not inlined and cost a call per character.
        let utf8 = self.utf8
        return utf8.count == 1 ? utf8[utf8.startIndex] : nil
    }
}

extension String {
    /// `Array(text)`, made in one pass over the bytes: `Array` first counts the characters, a second
    /// walk of the text.
    public var characterArray: [Character] {
        var chars: [Character] = []
        chars.reserveCapacity(utf8.count)
        walkCharacters(ascii: { chars.append(Self.asciiCharacters[Int($0)]) }, other: { chars.append($0) })
        return chars
    }

    /// The byte offset where each character starts, and the length in bytes at the end; the same
    /// shortcut for ASCII as `characterArray`.
    public var characterByteOffsets: [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(utf8.count + 1)
        var offset = 0
        walkCharacters(
            ascii: { _ in
                offsets.append(offset)
                offset += 1
            },
            other: {
                offsets.append(offset)
                offset += $0.utf8.count
            })
        offsets.append(offset)
        return offsets
    }

    /// Each character in order: an ASCII byte followed by another (or by nothing) is a character of its
    /// own, except a carriage return, which a line feed may join; only other places need grapheme breaking.
    @inline(__always)
    private func walkCharacters(ascii: (UInt8) -> Void, other: (Character) -> Void) {
        var text = self
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80, byte != 0x0D, i + 1 == bytes.count || bytes[i + 1] < 0x80 {
                    ascii(byte)
                    i += 1
                } else {
                    let character = self[utf8.index(utf8.startIndex, offsetBy: i)]
                    other(character)
                    i += character.utf8.count
                }
            }
        }
    }

    private static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
}

extension StringProtocol {
    /// `count >= n`, walking at most `n` characters where `count` walks them all.
    @inlinable
    public func hasCount(atLeast n: Int) -> Bool {
        guard n > 0 else { return true }
        // A character takes at least one byte, and n ASCII bytes other than CR (which joins a following LF)
        // are n characters: most words are settled without grapheme breaking.
        let verdict = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard bytes.count >= n else { return false }
            for k in 0..<n where bytes[k] >= 0x80 || bytes[k] == 0x0D { return nil }
            return true
        } ?? nil
        return verdict ?? !dropFirst(n - 1).isEmpty
    }
}

extension StringProtocol {
    /// `filter(\.isLetter)`. Text that is all ASCII is filtered byte by byte: asking each character
    /// for its Unicode properties costs many times more, and names and words are nearly always ASCII.
    /// Inlinable, so that it is specialised for String and Substring rather than read through the protocol.
    @inlinable
    public var letters: String {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return String(filter(\.isLetter)) }
        return String(decoding: utf8.filter { (0x61...0x7A).contains($0 | 0x20) }, as: UTF8.self)
    }
}

extension String {
    /// `split(whereSeparator: separators.contains)`. Text that is all ASCII is cut on its bytes, each
    /// byte a character; other text on its characters, where a mark can join a separator.
    @inlinable
    public func split(separators: [Character]) -> [Substring] {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(whereSeparator: separators.contains) }
        let bytes = separators.compactMap(\.asciiByte)
        return utf8.split(whereSeparator: bytes.contains).map(Substring.init)
    }
}
