import CrosscheckModel
import CrosscheckText

/// One sentence of a body paragraph, tokenised, with the names in it.
struct PreparedSentence: Sendable {
    var paragraph: Int
    var text: String
    var tokens: [ClaimToken]
    var mentions: [NameMention]
}

/// A document's body cut into sentences, and what the corpus-wide passes need from it.
struct PreparedDocument: Sendable {
    var id: String
    var sentences: [PreparedSentence]
    /// MinHash signature of the body's word shingles, for copy detection.
    var signature: [UInt64]
    /// Places named after "in", "from", "to"...: folded.
    var places: Set<String>
    /// The year the article bears, when its date says.
    var year: Int?

    init(_ document: Document, quoteSpans: [Int: [Range<Int>]]) {
        id = document.id
        year = document.article.metadata.date.flatMap { Self.year(in: $0.value) }
        sentences = []
        places = []
        var words: [String] = []
        for paragraph in document.paragraphs where paragraph.kind == .body {
            let text = ParagraphText(paragraph.text)
            var given = quoteSpans[paragraph.index] ?? []
            if !given.isEmpty {
                // The quotes analysis counts Characters; this one counts bytes.
                let offsets = paragraph.text.characterByteOffsets
                given = given.map { offsets[min($0.lowerBound, offsets.count - 1)]..<offsets[min($0.upperBound, offsets.count - 1)] }
            }
            let quoted = QuoteSpans.merge(given, QuoteSpans.find(in: text))
            for range in Sentences.ranges(in: text) {
                let tokens = ClaimTokenizer.tokenize(text, range: range, quoted: quoted)
                let mentions = NameMentions.find(in: tokens)
                sentences.append(
                    PreparedSentence(paragraph: paragraph.index, text: text.string(range), tokens: tokens, mentions: mentions))
                places.formUnion(Self.places(in: tokens, after: mentions.map(\.name.upperBound)))
                words += tokens.lazy.filter { $0.kind != .punct }.map(\.lower)
            }
        }
        signature = CopyDetector().signature(CopyDetector.shingleHashes(words))
    }

    /// The first run of four digits that reads as a year: "2025-02-03", "May 8, 2024".
    static func year(in text: String) -> Int? {
        var run = 0, value = 0
        for byte in text.utf8 + [0] {
            if byte >= 48 && byte <= 57 {
                run += 1; value = value * 10 + Int(byte - 48)
            } else {
                if run == 4, (1800...2100).contains(value) { return value }
                run = 0; value = 0
            }
        }
        return nil
    }

    static let placePrepositions: Set<String> = ["in", "from", "to", "across", "inside", "throughout", "into"]

    /// Capitalised runs after a preposition of place: "in Iraq", "to Saudi Arabia"; and after "of" that
    /// follows a name (`names`: where each ends), a home state or town: "Senator John Thune of South Dakota".
    static func places(in tokens: [ClaimToken], after names: [Int] = []) -> [String] {
        var out: [String] = []
        for i in tokens.indices where tokens[i].is(.placePreposition) || tokens[i].lower == "of" && names.contains(i) {
            var j = i + 1
            var run: [String] = []
            while j < tokens.count, NameMentions.isNameToken(tokens, j) {
                run.append(tokens[j].lower)
                if tokens[j].possessive { break }
                j += 1
            }
            if !run.isEmpty { out.append(run.joined(separator: " ")) }
        }
        return out
    }
}
