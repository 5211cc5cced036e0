extension Character {
    /// The byte of a character that is one ASCII byte; nil for any other ("\r\n" included). The
    /// standard `asciiValue` first compares the character with "\r\n", a string comparison, each call.
    @inlinable
    public var asciiByte: UInt8? {
        let utf8 = self.utf8
        return utf8.count == 1 ? utf8.first : nil
    }
}

extension String {
    /// `Array(text)`, made in one pass over the bytes: `Array` first counts the characters, a second
    /// walk of the text. An ASCII byte followed by another (or by nothing) is a character of its own,
    /// except a carriage return, which a line feed may join; only other places need grapheme breaking.
    public var characterArray: [Character] {
        var chars: [Character] = []
        chars.reserveCapacity(utf8.count)
        var text = self
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80, byte != 0x0D, i + 1 == bytes.count || bytes[i + 1] < 0x80 {
                    chars.append(Self.asciiCharacters[Int(byte)])
                    i += 1
                } else {
                    let character = self[utf8.index(utf8.startIndex, offsetBy: i)]
                    chars.append(character)
                    i += character.utf8.count
                }
            }
        }
        return chars
    }

    private static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
}

extension StringProtocol {
    /// `count >= n`, walking at most `n` characters where `count` walks them all.
    @inlinable
    public func hasCount(atLeast n: Int) -> Bool {
        n <= 0 || !dropFirst(n - 1).isEmpty
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
