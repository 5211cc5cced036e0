/// Finds the stretches of a paragraph inside quotation marks, so that quoted words are kept apart
/// from the reporter's own.
enum QuoteSpans {
    /// Character ranges inside double quotes (straight or curly) and inside single quotes used as
    /// quotation marks (not apostrophes). An unclosed double quote runs to the end of the paragraph.
    static func find(in chars: [Character]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: Int?
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            if ch == "\u{201C}" || (ch == "\"" && open == nil) {
                if open == nil { open = i + 1 }
            } else if ch == "\u{201D}" || ch == "\"" {
                if let start = open { spans.append(start..<i); open = nil }
            }
            i += 1
        }
        if let start = open, start < chars.count { spans.append(start..<chars.count) }
        spans += singleQuoted(chars, outside: spans)
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// `'…'` pairs: the opening mark follows a space or bracket and precedes a letter; the closing one
    /// follows a non-space and is not followed by a letter (which would make it an apostrophe).
    private static func singleQuoted(_ chars: [Character], outside: [Range<Int>]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: Int?
        for i in chars.indices where chars[i] == "'" || chars[i] == "\u{2018}" || chars[i] == "\u{2019}" {
            if outside.contains(where: { $0.contains(i) }) { continue }
            let before: Character? = i > 0 ? chars[i - 1] : nil
            let after: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            let opens = (before == nil || before!.isWhitespace || "([".contains(before!)) && (after?.isLetter ?? false || after?.isNumber ?? false)
            let closes = before.map { !$0.isWhitespace } ?? false && !(after?.isLetter ?? false)
            if open == nil, opens {
                open = i + 1
            } else if let start = open, closes {
                spans.append(start..<i)
                open = nil
            }
        }
        return spans
    }

    /// Ranges given by the quotes analysis for one paragraph, merged with the marks found here.
    static func merge(_ given: [Range<Int>], _ found: [Range<Int>]) -> [Range<Int>] {
        (given + found).sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    }
}
