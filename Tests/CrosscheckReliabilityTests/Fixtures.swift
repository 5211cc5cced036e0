import CrosscheckModel
@testable import CrosscheckReliability

/// Made-up articles about one made-up story: a warehouse fire in a river port.
enum Fixtures {
    static func document(
        _ id: String, _ paragraphs: [String], kinds: [Paragraph.Kind] = [], removed: [Removal] = [],
        metadata: Metadata = Metadata()
    ) -> Document {
        let list = paragraphs.enumerated().map { i, text in
            Paragraph(index: i, text: text, kind: i < kinds.count ? kinds[i] : .body)
        }
        let article = Article(id: id, file: "\(id).txt", format: .text, metadata: metadata, body: paragraphs.joined(separator: "\n"))
        return Document(article: article, paragraphs: list, removed: removed)
    }

    /// The wording the honest outlets share.
    static let shared = [
        "Firefighters battled a blaze at a riverside warehouse in Millbrook on Tuesday, the city fire department said.",
        "The fire broke out shortly after midnight and spread to two neighbouring buildings before crews contained it.",
        "\u{201C}We are asking residents to keep their windows closed until the smoke clears,\u{201D} fire chief Dana Holt told reporters.",
        "The Harbor Safety Department said the warehouse stored paint, solvents and packing material for local shops.",
        "No injuries were reported, but about forty families were moved to a school gym for the night.",
        "Investigators from the state fire marshal's office are expected to arrive on Wednesday to examine the site.",
    ]

    static func honest(_ id: String, extra: [String] = []) -> Document { document(id, shared + extra) }

    static func corpus(_ documents: [Document]) -> Corpus { Corpus(documents: documents) }

    static func context(_ documents: [Document], input: (([Document]) -> ReliabilityInput)? = nil) -> ScoringContext {
        ScoringContext(input?(documents) ?? ReliabilityInput(documents: documents))
    }

    static func sentence(_ text: String) -> Sentence {
        Corpus(documents: [document("x", [text])]).sources[0].sentences[0]
    }
}
