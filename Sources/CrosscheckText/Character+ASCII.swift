extension Character {
    /// The byte of a character that is one ASCII byte; nil for any other ("\r\n" included). The
    /// standard `asciiValue` first compares the character with "\r\n", a string comparison, each call.
    @inlinable
    public var asciiByte: UInt8? {
        let utf8 = self.utf8
        return utf8.count == 1 ? utf8.first : nil
    }
}
