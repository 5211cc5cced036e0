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
    /// The characters as an array, made in one pass: `Array(text)` first counts the characters to size
    /// the array, which walks the whole text a second time. A character takes at least one byte.
    @inlinable
    public var characterArray: [Character] {
        var chars: [Character] = []
        chars.reserveCapacity(utf8.count)
        for c in self { chars.append(c) }
        return chars
    }
}

extension StringProtocol {
    /// `count >= n`, walking at most `n` characters where `count` walks them all.
    @inlinable
    public func hasCount(atLeast n: Int) -> Bool {
        n <= 0 || !dropFirst(n - 1).isEmpty
    }
}
