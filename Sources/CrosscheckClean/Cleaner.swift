import CrosscheckModel
import CrosscheckText

/// Splits an article into paragraphs and takes out what is not the article's own text,
/// recording every removal so that a reader can audit it.
public struct Cleaner: Sendable {
    public init() {}

    public func clean(_ article: Article) -> Document {
        let blocks = Blocks.split(article.body, format: article.format)
        var lines = blocks.map { Line(text: $0) }
        Classification.run(&lines, authors: Self.authors(article.metadata.author?.value))
        var paragraphs: [Paragraph] = []
        var removed: [Removal] = []
        for line in lines {
            switch line.verdict {
            case .keep(let kind):
                paragraphs.append(Paragraph(index: paragraphs.count, text: line.text, kind: kind))
            case .remove(let reason):
                removed.append(Removal(reason: reason, text: line.text))
            }
        }
        var article = article
        if article.metadata.title == nil, let title = TitleInference.title(from: paragraphs) {
            article.metadata.title = Metadata.Field(title, inferred: true)
        }
        return Document(article: article, paragraphs: paragraphs, removed: removed)
    }
}

extension Cleaner {
    /// `Jane Doe and John Roe` → both names.
    static func authors(_ byline: String?) -> [String] {
        guard let byline else { return [] }
        return byline.components(separatedBy: " and ").flatMap { $0.components(separatedBy: ", ") }
            .map { $0.trimmingSpaces() }.filter { $0.contains(" ") }
    }
}

/// A block of the article's text and what cleaning decided about it.
struct Line {
    var text: String
    var verdict: Verdict = .keep(.body)
    /// Folded words, computed once.
    let words: [String]

    init(text: String) {
        self.text = text
        self.words = Folding.words(text)
    }

    enum Verdict: Equatable {
        case keep(Paragraph.Kind)
        case remove(Removal.Reason)
    }

    var isKept: Bool {
        if case .keep = verdict { return true }
        return false
    }

    var isBody: Bool { verdict == .keep(.body) }
}
