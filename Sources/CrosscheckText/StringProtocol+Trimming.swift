/// Trimming with the same character sets as Foundation's `.whitespaces` and `.whitespacesAndNewlines`,
/// but over Unicode scalars: Foundation bridges the whole string to UTF-16 and back on every call,
/// which cost several per cent of a large build.
extension StringProtocol {
    /// Without leading and trailing spaces and tabs (Unicode category Zs and U+0009).
    public func trimmingSpaces() -> String {
        trimming(Unicode.Scalar.isSpace)
    }

    /// Without leading and trailing spaces, tabs and line breaks.
    public func trimmingWhitespace() -> String {
        trimming(Unicode.Scalar.isSpaceOrNewline)
    }

    /// Whether the text holds nothing but spaces, tabs and line breaks.
    public var isBlank: Bool {
        unicodeScalars.allSatisfy(Unicode.Scalar.isSpaceOrNewline)
    }

    private func trimming(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        var end = scalars.endIndex
        while end > first {
            let previous = scalars.index(before: end)
            if !drop(scalars[previous]) { break }
            end = previous
        }
        return String(Substring(scalars[first..<end]))
    }
}

extension Unicode.Scalar {
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || v == 0x09 }
        return scalar.properties.generalCategory == .spaceSeparator
    }

    static func isSpaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        if v == 0x85 { return true }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}
