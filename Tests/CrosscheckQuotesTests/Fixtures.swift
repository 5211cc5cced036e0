import CrosscheckModel

@testable import CrosscheckQuotes

/// Builds a document from made-up paragraphs, body unless told otherwise.
func makeDocument(_ id: String, _ paragraphs: [String], kinds: [Paragraph.Kind] = []) -> Document {
    let paras = paragraphs.enumerated().map { n, text in
        Paragraph(index: n, text: text, kind: n < kinds.count ? kinds[n] : .body)
    }
    let article = Article(id: id, file: id + ".txt", format: .text, metadata: Metadata(), body: paragraphs.joined(separator: "\n"))
    return Document(article: article, paragraphs: paras, removed: [])
}

func analyze(_ paragraphs: [String], kinds: [Paragraph.Kind] = []) -> QuoteAnalysis {
    QuoteAnalyzer().analyze([makeDocument("doc", paragraphs, kinds: kinds)])
}

extension QuoteAnalysis {
    func quote(containing snippet: String) -> Quote? {
        quotes.first { $0.text.contains(snippet) }
    }

    func person(_ id: String?) -> Person? {
        people.first { $0.id == id }
    }

    /// The person's canonical name for person speakers, else the label the text gives.
    func speaker(of quote: Quote) -> String {
        person(quote.personID)?.name ?? quote.speakerLabel
    }
}
