/// Splits running text into sentences without splitting at common abbreviations.
public enum Sentences {
    /// Character ranges (`start..<end` in Characters) of the sentences of `text`.
    public static func ranges(in text: String) -> [Range<Int>] {
        ranges(of: text.characterArray)
    }

    public static func split(_ text: String) -> [String] {
        // Plain ASCII without carriage returns (nearly all news text) has one character per byte, so
        // the sentences are cut from the bytes at the characters' offsets.
        let chars = text.characterArray
        var utf8 = text
        if let sentences = utf8.withUTF8({ bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            return ranges(of: chars).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }) {
            return sentences
        }
        // Each sentence is cut from the text by its string indices, not rebuilt a character at a time.
        var starts: [String.Index] = []
        starts.reserveCapacity(chars.count + 1)
        var i = text.startIndex
        for c in chars {
            starts.append(i)
            i = text.utf8.index(i, offsetBy: c.utf8.count)
        }
        starts.append(text.endIndex)
        return ranges(of: chars).map { String(text[starts[$0.lowerBound]..<starts[$0.upperBound]]) }
    }

    private static func ranges(of chars: [Character]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            // A byte test: comparing Characters is a string comparison each time.
            if let a = ch.asciiByte, a == 0x2E || a == 0x3F || a == 0x21 {
                var end = i + 1
                // Closing quotes and brackets belong to the sentence they end.
                while end < chars.count, closers.contains(chars[end]) { end += 1 }
                if end >= chars.count || (chars[end].isWhitespace && startsSentence(chars, after: end)),
                   !(ch == "." && isAbbreviation(chars, dotAt: i))
                {
                    append(chars, start..<end, to: &result)
                    start = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        append(chars, start..<chars.count, to: &result)
        return result
    }

    private static let closers: Set<Character> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]"]

    private static func append(_ chars: [Character], _ range: Range<Int>, to result: inout [Range<Int>]) {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, chars[lower].isWhitespace { lower += 1 }
        while upper > lower, chars[upper - 1].isWhitespace { upper -= 1 }
        if lower < upper { result.append(lower..<upper) }
    }

    private static func startsSentence(_ chars: [Character], after index: Int) -> Bool {
        var j = index
        while j < chars.count, chars[j].isWhitespace { j += 1 }
        guard j < chars.count else { return true }
        let next = chars[j]
        return next.isUppercase || next.isNumber || "\"'\u{201C}\u{2018}([".contains(next)
    }

    private static func isAbbreviation(_ chars: [Character], dotAt index: Int) -> Bool {
        var j = index - 1
        var word = ""
        while j >= 0, chars[j].isLetter || chars[j] == "." {
            word.insert(chars[j], at: word.startIndex)
            j -= 1
        }
        if word.count == 1, word.first?.isUppercase == true { return true }  // initials: "Mark T. Esper"
        return abbreviations.contains(word.lowercased())
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "brig",
        "rep", "sen", "gov", "pres", "st", "sr", "jr", "rev", "hon", "u.s", "u.k", "u.n", "e.u", "d.c",
        "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs", "etc", "inc", "co",
        "corp", "ltd", "mt", "ft", "a.m", "p.m", "i.e", "e.g",
    ]
}
