/// A direct quotation found in a source, with who said it.
public struct Quote: Sendable, Hashable, Codable {
    /// Stable id, unique in the corpus: `<source id>-q<n>`.
    public var id: String
    public var sourceID: String
    /// `Paragraph.index` of the paragraph that holds the quotation.
    public var paragraph: Int
    /// Character offsets (Swift `Character`s) of the quoted words in the paragraph's text,
    /// marks excluded: `start..<end`.
    public var start: Int
    public var end: Int
    /// The words inside the quotation marks.
    public var text: String
    /// The speaker as the text names it: "Esper", "the letter", "a White House official".
    public var speakerLabel: String
    public var speakerKind: SpeakerKind
    /// The person who said it, where the speaker is a person (`Person.id`).
    public var personID: String?
    /// A fragment woven into the reporter's own sentence.
    public var partial: Bool
    /// The closing mark is missing (usually a scrape cut it off).
    public var unclosed: Bool
    /// The sentence around the quotation.
    public var context: String
    /// Where the quotation sits: the article's own text, a headline, a caption or a teaser.
    public var placement: Paragraph.Kind
    /// Quotes of the same statement in different sources share a cluster id.
    public var cluster: String?

    public init(
        id: String, sourceID: String, paragraph: Int, start: Int, end: Int, text: String,
        speakerLabel: String, speakerKind: SpeakerKind, personID: String? = nil, partial: Bool = false,
        unclosed: Bool = false, context: String, placement: Paragraph.Kind = .body, cluster: String? = nil
    ) {
        self.id = id
        self.sourceID = sourceID
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.text = text
        self.speakerLabel = speakerLabel
        self.speakerKind = speakerKind
        self.personID = personID
        self.partial = partial
        self.unclosed = unclosed
        self.context = context
        self.placement = placement
        self.cluster = cluster
    }

    public enum SpeakerKind: String, Sendable, Hashable, Codable {
        case person, organization, document, anonymous, unknown
    }
}

/// Quotes of one statement across sources.
public struct QuoteCluster: Sendable, Hashable, Codable {
    public var id: String
    public var personID: String?
    public var quoteIDs: [String]
    /// The wording most outlets used; other wordings are diffed against it.
    public var canonical: String

    public init(id: String, personID: String?, quoteIDs: [String], canonical: String) {
        self.id = id
        self.personID = personID
        self.quoteIDs = quoteIDs
        self.canonical = canonical
    }
}
