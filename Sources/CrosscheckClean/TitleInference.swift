import Foundation
import CrosscheckModel
import CrosscheckText

/// A title for an article that gives none: its headline, else the start of its first sentence.
enum TitleInference {
    static func title(from paragraphs: [Paragraph]) -> String? {
        if let headline = paragraphs.first(where: { $0.kind == .headline }) {
            return headline.text.trimmingCharacters(in: CharacterSet(charactersIn: "# "))
        }
        guard let first = paragraphs.first(where: { $0.kind == .body }),
              let sentence = Sentences.split(first.text).first
        else { return nil }
        let words = sentence.split(separator: " ")
        return words.count <= 14 ? sentence : words.prefix(12).joined(separator: " ") + " …"
    }
}
