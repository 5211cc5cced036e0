import CrosscheckModel
import CrosscheckText

/// Cards that advertise other stories: a headline line followed by a block that repeats it
/// before the story's opening. They are kept apart from the article's own text.
enum Teasers {
    static func mark(_ lines: inout [Line]) {
        for i in lines.indices where lines[i].isBody && isLabelled(lines[i]) {
            lines[i].verdict = .keep(.teaser)
        }
        markLinkLists(&lines)
        let kept = lines.indices.filter { lines[$0].isKept }
        for (position, i) in kept.enumerated() where position + 1 < kept.count {
            let j = kept[position + 1]
            let head = lines[i].words, next = lines[j].words
            guard lines[i].isBody, (3...30).contains(head.count), next.count > head.count,
                  Array(next.prefix(head.count)) == head
            else { continue }
            lines[i].verdict = .keep(.teaser)
            lines[j].verdict = .keep(.teaser)
        }
    }

    /// `READ MORE: Mortgage rates rise again`, `Related: …`, `WATCH: …`: a label and a colon before
    /// another story's headline.
    static func isLabelled(_ line: Line) -> Bool {
        guard line.words.count <= 30, let colon = line.text.utf8.prefix(24).firstIndex(of: 0x3A) else { return false }
        let words = Folding.words(String(line.text[..<colon]))
        let labelled = labels.contains(words.joined(separator: " ")) || listLabels.contains { words.starts(with: $0) }
        return labelled && line.text.utf8.index(after: colon) < line.text.utf8.endIndex
    }

    /// The links under a heading such as `Related Topics`, `More on this story` or `Read more from
    /// Sky News:`: the short lines that follow it, up to the next sentence. The heading itself goes.
    private static func markLinkLists(_ lines: inout [Line]) {
        var i = 0
        while i < lines.count {
            guard lines[i].verdict != .keep(.headline), isListHeading(lines[i]) else {
                i += 1
                continue
            }
            if lines[i].isKept { lines[i].verdict = .remove(.boilerplate) }
            var links = 0
            i += 1
            while i < lines.count, links < 12 {
                if lines[i].isKept {
                    guard lines[i].verdict != .keep(.headline), isLink(lines[i]) else { break }
                    lines[i].verdict = .keep(.teaser)
                    links += 1
                }
                i += 1
            }
        }
    }

    static func isListHeading(_ line: Line) -> Bool {
        let words = line.words
        guard (1...6).contains(words.count) else { return false }
        // `Related Topics`, `Suggested Topics:`, `Explore more on these topics`.
        if listHeadings.contains(words.joined(separator: " ")) || words.last == "topics" { return true }
        // A label and a colon with nothing after it.
        return line.text.utf8.last == 0x3A && listLabels.contains { words.starts(with: $0) }
    }

    /// A headline, a topic or a date: a few words that do not end a sentence.
    private static func isLink(_ line: Line) -> Bool {
        guard (1...16).contains(line.words.count), let last = line.text.last(where: { !closers.contains($0) }) else {
            return false
        }
        return last != "." && last != "!" && last != ":" && Sentences.split(line.text).count == 1
    }

    private static let closers: Set<Character> = ["\"", "'", ")", "\u{201D}", "\u{2019}"]

    private static let listHeadings: Set<String> = [
        "related", "related topics", "related article", "related articles", "related stories", "related content",
        "more on this story", "explore more on these topics", "read more", "more", "see also", "most read",
        "you may also like", "recommended", "top stories", "latest news", "trending", "more stories", "topics",
        "further reading", "read next", "also read", "subscribers are reading", "most popular", "popular now", "editor's picks",
    ]

    private static let listLabels = [["read", "more"], ["more", "from"], ["more", "on"], ["related"], ["see", "also"]]

    private static let labels: Set<String> = [
        "read more", "more", "related", "see also", "also see", "also read", "read also", "read next", "watch", "listen",
        "recommended", "don't miss", "must read", "more on this", "more on this story", "trending", "further reading", "see more on",
    ]
}
