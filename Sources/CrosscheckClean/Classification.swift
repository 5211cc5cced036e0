import CrosscheckModel
import CrosscheckText

/// The cleaning rules, applied in order; each rule only looks at blocks still kept.
enum Classification {
    /// `authors`: the writers' names, whose notes at the end are credits.
    static func run(_ lines: inout [Line], authors: [String] = []) {
        for i in lines.indices where Boilerplate.isEmpty(lines[i]) {
            lines[i].verdict = .remove(.empty)
        }
        Boilerplate.mark(&lines)
        Header.mark(&lines)
        Captions.mark(&lines, authors: authors)
        Teasers.mark(&lines)
        Duplicates.mark(&lines)
    }

    /// Index of the first block that reads like running text: the end of the page's header.
    static func firstProse(_ lines: [Line]) -> Int {
        // A date line with commas (`Published: 10:15 GMT, 7 March 2024`) is not the story's opening.
        lines.firstIndex { $0.isBody && isProse($0) && !Header.isDateOrSourceLine($0) } ?? lines.count
    }

    /// A sentence or more of text: enough words and sentence punctuation.
    static func isProse(_ line: Line) -> Bool {
        line.words.count >= 12 && hasClausePunctuation(line.text)
    }

    /// A full stop, question or exclamation mark, comma or semicolon that ends a clause: followed by a
    /// space or the end, so that `20,000` and `3.5` do not count. Closing quotes and brackets between
    /// the mark and the space, and bytes beyond ASCII (curly quotes), are passed over.
    private static func hasClausePunctuation(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for i in bytes.indices where isClauseMark(bytes[i]) {
                var j = i + 1
                while j < bytes.count, bytes[j] == 0x22 || bytes[j] == 0x27 || bytes[j] == 0x29 || bytes[j] >= 0x80 { j += 1 }
                if j == bytes.count || bytes[j] == 0x20 { return true }
            }
            return false
        }
    }

    private static func isClauseMark(_ byte: UInt8) -> Bool {
        byte == 0x2E || byte == 0x3F || byte == 0x21 || byte == 0x2C || byte == 0x3B
    }
}
