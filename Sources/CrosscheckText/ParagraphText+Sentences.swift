/// A paragraph's bytes as the sentence rules read them (`Sentences.ranges(in:)`): walking Characters
/// is too slow to run over every paragraph of a large corpus.
extension ParagraphText: SentenceUnits {
    func endMark(at i: Int) -> UInt8? {
        let b = bytes[i]
        return b == 0x2E || b == 0x3F || b == 0x21 ? b : nil
    }

    /// `"`, `'`, `)`, `]`, `”`, `’`.
    func closer(at i: Int) -> Int? {
        guard i < count else { return nil }
        let b = bytes[i]
        if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { return 1 }
        if b == 0xE2, i + 2 < count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9D || bytes[i + 2] == 0x99 { return 3 }
        return nil
    }

    /// A capital or figure, or `"`, `'`, `(`, `[`, `“`, `‘`.
    func opensSentence(at j: Int) -> Bool {
        let b = bytes[j]
        if [0x22, 0x27, 0x28, 0x5B].contains(b) { return true }
        if b == 0xE2, j + 2 < count, bytes[j + 1] == 0x80, bytes[j + 2] == 0x9C || bytes[j + 2] == 0x98 { return true }
        return isUppercase(at: j) || isDigit(at: j)
    }

    func isTrailingSpace(at i: Int) -> Bool { bytes[i] < 0x80 && isSpace(at: i) }

    func isAbbreviation(dotAt index: Int) -> Bool {
        var j = index - 1
        while j >= 0, (bytes[j] | 0x20) >= 97 && (bytes[j] | 0x20) <= 122 || bytes[j] == 0x2E { j -= 1 }
        let word = bytes[(j + 1)..<index]
        if word.count == 1, let c = word.first, c >= 65, c <= 90 { return true }
        return Sentences.abbreviations.contains(String(decoding: word, as: UTF8.self).lowercased())
    }
}
