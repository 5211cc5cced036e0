import CrosscheckModel

/// Builds a document whose paragraphs are body text unless marked otherwise.
func document(_ id: String, _ paragraphs: [String], kinds: [Int: Paragraph.Kind] = [:]) -> Document {
    let article = Article(id: id, file: id + ".txt", format: .text, metadata: Metadata(), body: paragraphs.joined(separator: "\n"))
    let paras = paragraphs.enumerated().map { Paragraph(index: $0.offset, text: $0.element, kind: kinds[$0.offset] ?? .body) }
    return Document(article: article, paragraphs: paras, removed: [])
}

/// Distinct filler so that test documents are never taken for copies of each other.
func filler(_ seed: Int) -> String {
    let words = ["harbour", "weather", "market", "council", "bridge", "library", "station", "garden", "museum", "river"]
    return (0..<12).map { words[($0 * 7 + seed * 3) % words.count] + "\(seed)x\($0)" }.joined(separator: " ") + "."
}
