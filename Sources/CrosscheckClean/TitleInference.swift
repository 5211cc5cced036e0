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
              let sentence = Sentences.split(withoutDateline(first.text)).first
        else { return nil }
        let words = sentence.split(separator: " ")
        return words.count <= 14 ? sentence : words.prefix(12).joined(separator: " ") + " …"
    }

    /// `WASHINGTON — The council…` → `The council…`: the dateline names where, not what.
    static func withoutDateline(_ text: String) -> String {
        guard let dash = text.firstIndex(where: { $0 == "\u{2014}" || $0 == "\u{2013}" || $0 == "-" }) else { return text }
        let head = text[..<dash]
        let place = head.split(separator: ",").first ?? ""
        let letters = place.filter(\.isLetter)
        guard head.count <= 60, letters.count >= 3, letters.allSatisfy(\.isUppercase),
              text[text.index(after: dash)...].first == " "
        else { return text }
        return text[text.index(after: dash)...].trimmingSpaces()
    }
}
