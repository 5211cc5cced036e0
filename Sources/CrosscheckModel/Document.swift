/// An article after cleaning: the paragraphs kept, and what was removed.
public struct Document: Sendable, Hashable, Codable {
    public var article: Article
    /// Every kept paragraph, in reading order; `Paragraph.index` is its position here.
    public var paragraphs: [Paragraph]
    /// What cleaning took out, so that a reader can audit it.
    public var removed: [Removal]

    public init(article: Article, paragraphs: [Paragraph], removed: [Removal]) {
        self.article = article
        self.paragraphs = paragraphs
        self.removed = removed
    }

    public var id: String { article.id }

    /// The paragraphs that are the article's own reporting.
    public var body: [Paragraph] { paragraphs.filter { $0.kind == .body } }
}

public struct Paragraph: Sendable, Hashable, Codable {
    public var index: Int
    public var text: String
    public var kind: Kind

    public init(index: Int, text: String, kind: Kind) {
        self.index = index
        self.text = text
        self.kind = kind
    }

    /// Captions and teasers are kept apart from the article's own text.
    public enum Kind: String, Sendable, Hashable, Codable {
        case headline, body, caption, teaser
    }
}

public struct Removal: Sendable, Hashable, Codable {
    public var reason: Reason
    public var text: String

    public init(reason: Reason, text: String) {
        self.reason = reason
        self.text = text
    }

    public enum Reason: String, Sendable, Hashable, Codable {
        /// Navigation, share buttons, comment policies, footers.
        case boilerplate
        /// A paragraph or a whole body printed again.
        case duplicate
        /// A line with nothing a reader can use (bullets, lone symbols).
        case empty
    }
}
