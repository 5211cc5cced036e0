/// Sentence splitting on UTF-8 bytes, by the rules of `CrosscheckText.Sentences` (end marks,
/// closing quotes, a capital or figure next, abbreviations and initials kept whole). `Sentences`
/// walks Characters, which is too slow to run over every paragraph of a large corpus.
enum ByteSentences {
    static func ranges(in text: ParagraphText) -> [Range<Int>] {
        let bytes = text.bytes
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x2E || b == 0x3F || b == 0x21 {
                var end = i + 1
                while let w = closer(text, at: end) { end += w }
                if end >= bytes.count || (text.isSpace(at: end) && startsSentence(text, after: end)),
                   !(b == 0x2E && isAbbreviation(bytes, dotAt: i))
                {
                    append(text, start..<end, to: &result)
                    start = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        append(text, start..<bytes.count, to: &result)
        return result
    }

    /// `"`, `'`, `)`, `]`, `”`, `’`.
    private static func closer(_ text: ParagraphText, at i: Int) -> Int? {
        guard i < text.count else { return nil }
        let b = text.bytes[i]
        if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { return 1 }
        if b == 0xE2, i + 2 < text.count, text.bytes[i + 1] == 0x80, text.bytes[i + 2] == 0x9D || text.bytes[i + 2] == 0x99 { return 3 }
        return nil
    }

    private static func startsSentence(_ text: ParagraphText, after index: Int) -> Bool {
        var j = index
        while j < text.count, text.isSpace(at: j) { j += text.width(at: j) }
        guard j < text.count else { return true }
        let b = text.bytes[j]
        if [0x22, 0x27, 0x28, 0x5B].contains(b) { return true }
        if b == 0xE2, j + 2 < text.count, text.bytes[j + 1] == 0x80, text.bytes[j + 2] == 0x9C || text.bytes[j + 2] == 0x98 { return true }
        return text.isUppercase(at: j) || text.isDigit(at: j)
    }

    private static func isAbbreviation(_ bytes: [UInt8], dotAt index: Int) -> Bool {
        var j = index - 1
        while j >= 0, (bytes[j] | 0x20) >= 97 && (bytes[j] | 0x20) <= 122 || bytes[j] == 0x2E { j -= 1 }
        let word = bytes[(j + 1)..<index]
        if word.count == 1, let c = word.first, c >= 65, c <= 90 { return true }  // initials: "Mark T. Esper"
        return abbreviations.contains(String(decoding: word, as: UTF8.self).lowercased())
    }

    private static func append(_ text: ParagraphText, _ range: Range<Int>, to result: inout [Range<Int>]) {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, text.isSpace(at: lower) { lower += text.width(at: lower) }
        while upper > lower, text.bytes[upper - 1] < 0x80, text.isSpace(at: upper - 1) { upper -= 1 }
        if lower < upper { result.append(lower..<upper) }
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "brig",
        "rep", "sen", "gov", "pres", "st", "sr", "jr", "rev", "hon", "u.s", "u.k", "u.n", "e.u", "d.c",
        "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs", "etc", "inc", "co",
        "corp", "ltd", "mt", "ft", "a.m", "p.m", "i.e", "e.g",
    ]
}
