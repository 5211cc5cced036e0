import CrosscheckModel
import CrosscheckText
import Foundation

/// The top of a scraped page: section labels, date and source lines, then the headline.
enum Header {
    static func mark(_ lines: inout [Line]) {
        let end = Classification.firstProse(lines)
        var headlineFound = false
        for i in 0..<end where lines[i].isKept {
            let line = lines[i]
            if isDateOrSourceLine(line) {
                lines[i].verdict = .remove(.boilerplate)
            } else if line.text.hasPrefix("#") || (!headlineFound && isHeadline(line)) {
                if headlineFound {
                    continue
                }
                lines[i].verdict = .keep(.headline)
                headlineFound = true
            } else if line.words.count <= 3, !line.text.contains(where: { ".?!".contains($0) }) {
                lines[i].verdict = .remove(.boilerplate)
            }
        }
    }

    /// A headline has a handful of words and reads as one clause, not a paragraph.
    static func isHeadline(_ line: Line) -> Bool {
        (4...30).contains(line.words.count) && Sentences.split(line.text).count <= 2
    }

    /// `23:09 07 january 2020 Source: example.com`, `date 2020-01-06`, `Updated Jan. 7, 2020`.
    private static func isDateOrSourceLine(_ line: Line) -> Bool {
        guard line.words.count <= 12 else { return false }
        let folded = Folding.fold(line.text)
        if folded.hasPrefix("source:") || folded.contains(" source: ") { return true }
        if line.text.range(of: #"\b\d{1,2}:\d{2}\b"#, options: .regularExpression) != nil { return true }
        let dated = line.text.range(of: #"\b(19|20)\d{2}\b"#, options: .regularExpression) != nil
        let letters = line.words.filter { $0.first?.isLetter == true }
        return dated && letters.count <= 5
    }
}
