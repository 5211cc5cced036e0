import CrosscheckModel
import CrosscheckText
import Foundation

/// The top of a scraped page: section labels, date and source lines, then the headline.
enum Header {
    static func mark(_ lines: inout [Line]) {
        let end = Classification.firstProse(lines)
        let kept = (0..<end).filter { lines[$0].isKept }
        let top = lines
        let credit = { (i: Int) in isDateOrSourceLine(top[i]) || isByline(top[i]) }
        let candidates = kept.filter { !credit($0) && (top[$0].text.hasPrefix("#") || isHeadline(top[$0])) }
        // The headline is the line the byline or date follows, or the one above it when that reads as a
        // headline too (a standfirst sits between); else the first that reads as one. Above a headline the
        // byline follows, lines are the site's ("Skip to main content", its motto).
        var headline = candidates.first
        var siteLinesEnd = 0
        if let c = candidates.last(where: { c in kept.first { $0 > c }.map(credit) == true }) {
            let start = kept.last { $0 < c }.flatMap { candidates.contains($0) ? $0 : nil } ?? c
            headline = start
            siteLinesEnd = start
        }
        for i in kept {
            let line = lines[i]
            if credit(i) || i < siteLinesEnd {
                lines[i].verdict = .remove(.boilerplate)
            } else if i == headline {
                lines[i].verdict = .keep(.headline)
            } else if line.words.count <= 3, !line.text.hasPrefix("#"), !line.text.contains(where: { ".?!".contains($0) }) {
                lines[i].verdict = .remove(.boilerplate)
            }
        }
        markBylineBlock(&lines, from: end)
    }

    /// After a standfirst, the byline and date may still follow before the story opens: among the
    /// next few blocks, those lines go too, and the standfirst stays.
    private static func markBylineBlock(_ lines: inout [Line], from start: Int) {
        // A sentence there is the story's, even with a time or a year in it.
        let isCredit = { (line: Line) in line.text.utf8.last != 0x2E && (isDateOrSourceLine(line) || isByline(line)) }
        let next = lines.indices[start...].filter { lines[$0].isBody }.prefix(6)
        guard let last = next.last(where: { isCredit(lines[$0]) }) else { return }
        for i in next where i <= last && isCredit(lines[i]) {
            lines[i].verdict = .remove(.boilerplate)
        }
    }

    /// `By Jane Doe | Fox News`, `Gwyn Topham Transport correspondent`, `Reporting from London`:
    /// a short line naming the writer, not a sentence.
    static func isByline(_ line: Line) -> Bool {
        let words = line.words
        guard (2...10).contains(words.count), !line.text.contains(where: { ".?!\"\u{201C}".contains($0) }) else { return false }
        if line.text.hasPrefix("By ") || line.text.hasPrefix("BY ") || words.starts(with: ["reporting", "from"]) {
            return true
        }
        return words.count <= 8 && words.contains(where: journalistRoles.contains)
    }

    private static let journalistRoles: Set<String> = [
        "correspondent", "reporter", "columnist", "contributor", "editor", "writer", "producer",
    ]

    /// A headline has a handful of words and reads as one clause, not a paragraph.
    static func isHeadline(_ line: Line) -> Bool {
        (4...30).contains(line.words.count) && Sentences.split(line.text).count <= 2
    }

    /// `23:09 07 january 2020 Source: example.com`, `date 2020-01-06`, `Updated Jan. 7, 2020`.
    static func isDateOrSourceLine(_ line: Line) -> Bool {
        guard line.words.count <= 16 else { return false }
        let folded = Folding.fold(line.text)
        if folded.hasPrefix("source:") || folded.contains(" source: ") { return true }
        if line.text.range(of: #"\b\d{1,2}:\d{2}\b"#, options: .regularExpression) != nil { return true }
        let dated = line.text.range(of: #"\b(19|20)\d{2}\b"#, options: .regularExpression) != nil
        let letters = line.words.filter { $0.first?.isLetter == true }
        return dated && letters.count <= 5
    }
}
