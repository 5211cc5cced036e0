import CrosscheckText

/// Finds the stretches of a paragraph inside quotation marks, so that quoted words are kept apart
/// from the reporter's own. Offsets are UTF-8 byte offsets.
enum QuoteSpans {
    private enum Mark { case openDouble, closeDouble, straightDouble, single }

    /// Ranges inside double quotes (straight or curly) and inside single quotes used as quotation
    /// marks (not apostrophes). An unclosed double quote runs to the end of the paragraph.
    static func find(in text: ParagraphText) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var marks: [(at: Int, width: Int, mark: Mark)] = []
        let bytes = text.bytes
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 {
                marks.append((i, 1, .straightDouble))
            } else if b == 0x27 {
                marks.append((i, 1, .single))
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                switch bytes[i + 2] {
                case 0x9C: marks.append((i, 3, .openDouble))
                case 0x9D: marks.append((i, 3, .closeDouble))
                case 0x98, 0x99: marks.append((i, 3, .single))
                default: break
                }
            }
            i += 1
        }
        var open: Int?
        for m in marks where m.mark != .single {
            switch m.mark {
            case .openDouble: if open == nil { open = m.at + m.width }
            case .closeDouble: if let start = open { spans.append(start..<m.at); open = nil }
            default:
                if let start = open { spans.append(start..<m.at); open = nil } else { open = m.at + m.width }
            }
        }
        if let start = open, start < bytes.count { spans.append(start..<bytes.count) }
        spans += singleQuoted(text, marks.filter { $0.mark == .single }, outside: spans)
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// `'…'` pairs: the opening mark follows a space or bracket and precedes a letter; the closing one
    /// follows a non-space and is not followed by a letter (which would make it an apostrophe).
    private static func singleQuoted(_ text: ParagraphText, _ marks: [(at: Int, width: Int, mark: Mark)], outside: [Range<Int>]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: Int?
        for m in marks where !outside.contains(where: { $0.contains(m.at) }) {
            let atStart = m.at == 0
            let before = atStart ? nil : text.bytes[m.at - 1]
            let after = m.at + m.width
            let opens = (atStart || text.isSpace(at: m.at - 1) || before == 0x28 || before == 0x5B)
                && (text.isLetter(at: after) || text.isDigit(at: after))
            let closes = !atStart && !text.isSpace(at: m.at - 1) && !text.isLetter(at: after)
            if open == nil, opens {
                open = after
            } else if let start = open, closes {
                spans.append(start..<m.at)
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
