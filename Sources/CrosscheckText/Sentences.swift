/// Splits running text into sentences without splitting at common abbreviations.
public enum Sentences {
    /// Character ranges (`start..<end` in Characters) of the sentences of `text`.
    public static func ranges(in text: String) -> [Range<Int>] {
        ranges(CharacterUnits(chars: text.characterArray))
    }

    /// Byte ranges of the sentences of a paragraph read as bytes (`ParagraphText+Sentences`).
    public static func ranges(in text: ParagraphText) -> [Range<Int>] {
        ranges(text)
    }

    public static func split(_ text: String) -> [String] {
        // Nearly all news text is plain ASCII with curly quotes and dashes: there bytes, read by the
        // same rules, cut it as walking its Characters would, and walking Characters costs most.
        let paragraph = ParagraphText(text)
        if bytesSplitLikeCharacters(paragraph.bytes) {
            return ranges(paragraph).map(paragraph.string)
        }
        let chars = text.characterArray
        // Each sentence is cut from the text by its string indices, not rebuilt a character at a time.
        var starts: [String.Index] = []
        starts.reserveCapacity(chars.count + 1)
        var i = text.startIndex
        for c in chars {
            starts.append(i)
            i = text.utf8.index(i, offsetBy: c.utf8.count)
        }
        starts.append(text.endIndex)
        return ranges(CharacterUnits(chars: chars)).map { String(text[starts[$0.lowerBound]..<starts[$0.upperBound]]) }
    }

    /// Every character is one scalar that is no letter, space or figure past ASCII: ASCII but a carriage
    /// return (which joins "\r\n" into one character), and general punctuation U+2010–U+2027 (dashes,
    /// curly quotes, ellipsis), which bytes and Characters read alike.
    static func bytesSplitLikeCharacters(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80, b != 0x0D {
                i += 1
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, (0x90...0xA7).contains(bytes[i + 2]) {
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    /// The rules, once for both ways of reading: a sentence ends at ".", "?" or "!" with any closing
    /// quotes and brackets after it, when the text ends there or a space and a capital, figure or
    /// opening quote follow, unless the full stop ends an abbreviation or an initial.
    static func ranges<Text: SentenceUnits>(_ text: Text) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < text.count {
            if let mark = text.endMark(at: i) {
                var end = i + 1
                while let width = text.closer(at: end) { end += width }
                if end >= text.count || (text.isSpace(at: end) && startsSentence(text, after: end)),
                   !(mark == 0x2E && text.isAbbreviation(dotAt: i))
                {
                    append(text, start..<end, to: &result)
                    start = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        append(text, start..<text.count, to: &result)
        return result
    }

    private static func startsSentence<Text: SentenceUnits>(_ text: Text, after index: Int) -> Bool {
        var j = index
        while j < text.count, text.isSpace(at: j) { j += text.width(at: j) }
        return j >= text.count || text.opensSentence(at: j)
    }

    private static func append<Text: SentenceUnits>(_ text: Text, _ range: Range<Int>, to result: inout [Range<Int>]) {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, text.isSpace(at: lower) { lower += text.width(at: lower) }
        while upper > lower, text.isTrailingSpace(at: upper - 1) { upper -= 1 }
        if lower < upper { result.append(lower..<upper) }
    }

    /// Words a full stop follows without ending the sentence (lowercase, inner stops kept).
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "brig",
        "rep", "sen", "gov", "pres", "st", "sr", "jr", "rev", "hon", "u.s", "u.k", "u.n", "e.u", "d.c",
        "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs", "etc", "inc", "co",
        "corp", "ltd", "mt", "ft", "a.m", "p.m", "i.e", "e.g",
    ]
}

/// Text as the sentence rules read it, a unit at a time: a byte (`ParagraphText`) or a Character.
protocol SentenceUnits {
    var count: Int { get }
    /// The ASCII byte of ".", "?" or "!" at `i`.
    func endMark(at i: Int) -> UInt8?
    /// Units taken by a closing quote or bracket at `i`, which belongs to the sentence it ends.
    func closer(at i: Int) -> Int?
    func isSpace(at i: Int) -> Bool
    /// Units taken by the character at `i`.
    func width(at i: Int) -> Int
    /// A capital, a figure, or an opening quote or bracket.
    func opensSentence(at i: Int) -> Bool
    /// Space cut from a sentence's end.
    func isTrailingSpace(at i: Int) -> Bool
    /// The full stop at `i` ends an abbreviation or an initial ("Mark T. Esper").
    func isAbbreviation(dotAt i: Int) -> Bool
}

/// Text read a Character at a time.
struct CharacterUnits: SentenceUnits {
    let chars: [Character]
    private static let closers: Set<Character> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]"]

    var count: Int { chars.count }

    func endMark(at i: Int) -> UInt8? {
        // A byte test: comparing Characters is a string comparison each time.
        guard let a = chars[i].asciiByte, a == 0x2E || a == 0x3F || a == 0x21 else { return nil }
        return a
    }

    func closer(at i: Int) -> Int? { i < chars.count && Self.closers.contains(chars[i]) ? 1 : nil }
    func isSpace(at i: Int) -> Bool { chars[i].isWhitespace }
    func width(at i: Int) -> Int { 1 }
    func isTrailingSpace(at i: Int) -> Bool { chars[i].isWhitespace }

    func opensSentence(at i: Int) -> Bool {
        let next = chars[i]
        return next.isUppercase || next.isNumber || "\"'\u{201C}\u{2018}([".contains(next)
    }

    func isAbbreviation(dotAt index: Int) -> Bool {
        var j = index - 1
        var word = ""
        while j >= 0, chars[j].isLetter || chars[j] == "." {
            word.insert(chars[j], at: word.startIndex)
            j -= 1
        }
        if word.count == 1, word.first?.isUppercase == true { return true }
        return Sentences.abbreviations.contains(word.lowercased())
    }
}
