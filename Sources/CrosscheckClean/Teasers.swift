import CrosscheckModel
import CrosscheckText

/// Cards that advertise other stories: a headline line followed by a block that repeats it
/// before the story's opening. They are kept apart from the article's own text.
enum Teasers {
    static func mark(_ lines: inout [Line]) {
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
}
