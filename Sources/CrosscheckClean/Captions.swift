import CrosscheckModel
import CrosscheckText
import Foundation

/// Photo captions and credit lines: kept apart from the article's own text.
enum Captions {
    static func mark(_ lines: inout [Line], authors: [String]) {
        markLabelled(&lines)
        let lastThree = lines.indices.filter { lines[$0].isKept }.suffix(3).first ?? 0
        for i in lines.indices where lines[i].isKept && lines[i].verdict != .keep(.headline) {
            if isSignOff(lines[i]) || i >= lastThree && isAuthorNote(lines[i], authors: authors) {
                lines[i].verdict = .keep(.caption)
            } else if isCredit(lines[i]) {
                lines[i].verdict = .keep(.caption)
                // The picture's description sits just above its credit (a credit may span two lines).
                let j = i - 1
                if j >= 0, lines[j].isBody, !hasQuotation(lines[j]), lines[j].words.count <= 60 {
                    lines[j].verdict = .keep(.caption)
                }
            } else if hasPhotoMarker(lines[i].text) || endsWithCredit(lines[i]) {
                lines[i].verdict = .keep(.caption)
            }
        }
    }

    /// Captions that say what they are, as pages read to screen readers print them: `Image source,
    /// Getty Images`, `Image caption, The minister on Tuesday`, or the label alone above the caption.
    private static func markLabelled(_ lines: inout [Line]) {
        for i in lines.indices {
            let words = lines[i].words
            guard words.count >= 2, words[1] == "caption" || words[1] == "source" || words[1] == "credit",
                  captionMedia.contains(words[0]) else { continue }
            // The label alone says nothing of the picture: it goes, and its caption below is kept apart.
            if lines[i].isKept { lines[i].verdict = words.count == 2 ? .remove(.boilerplate) : .keep(.caption) }
            if words.count == 2, let next = lines[(i + 1)...].prefix(2).firstIndex(where: \.isKept), lines[next].isBody {
                lines[next].verdict = .keep(.caption)
            }
        }
    }

    private static let captionMedia: Set<String> = ["image", "media", "video", "picture", "photo"]

    /// A note on the writer among the last three blocks: `Jane Doe is a reporter for…`, `Jane Doe covers the courts.`
    private static func isAuthorNote(_ line: Line, authors: [String]) -> Bool {
        authors.contains { author in
            line.text.hasPrefix(author) && notes.contains { line.text.dropFirst(author.count).hasPrefix($0) }
        }
    }

    private static let notes = [" is ", " covers ", " writes ", " reports ", " has been "]

    private static let agencies: Set<String> = [
        "ap", "afp", "reuters", "getty", "images", "getty images", "epa", "efe", "ansa", "dpa", "xinhua", "pa",
        "shutterstock", "alamy", "bloomberg", "anadolu", "tass", "sipa", "upi", "associated press", "photos",
        "news", "photo", "file", "handout", "via", "wire", "pool",
    ]

    /// A line that only names a photographer and/or agency: `Jane Doe | Getty Images`, `Jane Doe /`, `Reuters`.
    static func isCredit(_ line: Line) -> Bool {
        let words = line.words
        guard (1...8).contains(words.count), !line.text.contains(where: { ".?!,;\"\u{201C}".contains($0) }) else {
            return false
        }
        let text = line.text.trimmingSpaces()
        let separated = text.contains("|") || text.contains("/")
        let agencyWords = words.filter { agencies.contains($0) }.count
        let capitalised = text.split(separator: " ").allSatisfy { token in
            token.first.map { $0.isUppercase || "|/©".contains($0) } ?? true
        }
        if words.count <= 2, agencyWords == words.count { return true }
        return capitalised && (separated || text.hasPrefix("©")) && (agencyWords > 0 || text.hasSuffix("/") || text.hasSuffix("|"))
    }

    /// A wire story's sign-off naming its journalists: `(Reporting by Jane Roe; Editing by John Doe)`,
    /// `Jane Roe contributed to this report.` A line that opens with the credit, or a short one that
    /// holds it, not a sentence that mentions reporting.
    static func isSignOff(_ line: Line) -> Bool {
        let words = line.words
        guard words.count <= 40, let first = words.first else { return false }
        // Byte counts first: comparing a word beyond ASCII with a string normalises both.
        let same = { (word: String, ascii: String) in word.utf8.count == ascii.utf8.count && word == ascii }
        let starts = { (i: Int, phrase: [String]) in
            words.count - i >= phrase.count && phrase.indices.allSatisfy { same(words[i + $0], phrase[$0]) }
        }
        if signOffOpenings.contains(where: { same(first, $0[0]) && starts(0, $0) }) { return true }
        guard words.count <= 25 else { return false }
        let credited = words.indices.contains { i in same(words[i], "contributed") && signOffPhrases.contains { starts(i, $0) } }
        return credited && !hasQuotation(line)
    }

    private static let signOffOpenings = [
        ["reporting", "by"], ["additional", "reporting"], ["editing", "by"], ["writing", "by"], ["compiled", "by"],
        ["reporting", "and", "writing", "by"], ["with", "reporting", "by"],
    ]

    private static let signOffPhrases = [
        ["contributed", "to", "this", "report"], ["contributed", "to", "this", "story"], ["contributed", "to", "this", "article"],
        ["contributed", "reporting"],
    ]

    /// `Photo: Jane Doe / AFP`, `(AP Photo/John Smith)`, `© Reuters`, `Photograph: …`, `Image: …`,
    /// `FILE PHOTO: … REUTERS/Mike Blake`.
    /// A wire dateline (`LONDON (Reuters) -`) is not one: it opens the story itself.
    static func hasPhotoMarker(_ text: String) -> Bool {
        let markers = [
            "Photo:", "Photograph:", "Photo credit", "Image:", "Picture:", "Credit:", "(AP Photo", "(Photo", "Photo by",
            "© ", "/ AFP", "/ Reuters", "| Getty", "/ Getty", "/AFP", "/Getty", "REUTERS/", "FILE PHOTO:", "File photo:",
        ]
        return markers.contains { text.utf8.containsBytes(of: $0) }
    }

    /// A description closed by its credit in brackets: `Pickets in London. (Jane Roe/Bloomberg)`.
    private static func endsWithCredit(_ line: Line) -> Bool {
        guard line.words.count <= 60, line.text.utf8.last == 0x29, let open = line.text.lastIndex(of: "(") else { return false }
        let credit = line.text[line.text.index(after: open)...].dropLast()
        let tokens = credit.split(whereSeparator: { $0 == " " || $0 == "/" })
        return credit.contains("/") && (2...6).contains(tokens.count) && tokens.allSatisfy { $0.first?.isUppercase == true }
            && !hasQuotation(line)
    }

    /// Double marks of any kind, or an opening single mark (British style); a straight `'` is too
    /// often an apostrophe to tell.
    private static func hasQuotation(_ line: Line) -> Bool {
        line.text.contains { "\"\u{201C}\u{201D}\u{2018}".contains($0) }
    }
}
