import CrosscheckModel
import CrosscheckText

/// The cleaning rules, applied in order; each rule only looks at blocks still kept.
enum Classification {
    static func run(_ lines: inout [Line]) {
        for i in lines.indices where Boilerplate.isEmpty(lines[i]) {
            lines[i].verdict = .remove(.empty)
        }
        Boilerplate.mark(&lines)
        Header.mark(&lines)
        Captions.mark(&lines)
        Teasers.mark(&lines)
        Duplicates.mark(&lines)
    }

    /// Index of the first block that reads like running text: the end of the page's header.
    static func firstProse(_ lines: [Line]) -> Int {
        lines.firstIndex { $0.isBody && isProse($0) } ?? lines.count
    }

    /// A sentence or more of text: enough words and sentence punctuation.
    static func isProse(_ line: Line) -> Bool {
        line.words.count >= 12 && line.text.utf8.anyByte { $0 == 0x2E || $0 == 0x3F || $0 == 0x21 || $0 == 0x2C || $0 == 0x3B }
    }
}
