import CrosscheckModel
import CrosscheckText

/// Cards that advertise other stories: a headline line followed by a block that repeats it
/// before the story's opening. They are kept apart from the article's own text.
enum Teasers {
    static func mark(_ lines: inout [Line]) {
        for i in lines.indices where lines[i].isBody && isLabelled(lines[i]) {
            lines[i].verdict = .keep(.teaser)
        }
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
        let label = Folding.words(String(line.text[..<colon])).joined(separator: " ")
        return labels.contains(label) && line.text.utf8.index(after: colon) < line.text.utf8.endIndex
    }

    private static let labels: Set<String> = [
        "read more", "more", "related", "see also", "also see", "also read", "read also", "read next", "watch", "listen",
        "recommended", "don't miss", "must read", "more on this", "more on this story", "trending", "further reading",
    ]
}
