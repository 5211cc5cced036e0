/// One checkable fact and what each source says about it.
public struct Claim: Sendable, Hashable, Codable {
    public var id: String
    /// A plain statement of what is claimed, with the disputed value left general.
    public var statement: String
    public var status: Status
    /// What kind of fact: "quantity", "date", "role", "event", ...
    public var kind: String
    public var assertions: [Assertion]
    /// The distinct values the sources give, most confident first.
    public var values: [Value]
    /// People the claim is about (`Person.id`).
    public var personIDs: [String]

    public init(
        id: String, statement: String, status: Status, kind: String, assertions: [Assertion],
        values: [Value], personIDs: [String] = []
    ) {
        self.id = id
        self.statement = statement
        self.status = status
        self.kind = kind
        self.assertions = assertions
        self.values = values
        self.personIDs = personIDs
    }

    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case contested
        case corroborated
        case singleSource = "single-source"
    }

    /// One source's sentence for the claim.
    public struct Assertion: Sendable, Hashable, Codable {
        public var sourceID: String
        public var paragraph: Int
        /// The sentence as the source wrote it.
        public var text: String
        /// The value this source gives ("5,000", "Navy"), where the claim has values.
        public var value: String?
        /// Whether the sentence is a quotation rather than the reporter's own words.
        public var fromQuote: Bool

        public init(sourceID: String, paragraph: Int, text: String, value: String?, fromQuote: Bool = false) {
            self.sourceID = sourceID
            self.paragraph = paragraph
            self.text = text
            self.value = value
            self.fromQuote = fromQuote
        }
    }

    public struct Value: Sendable, Hashable, Codable {
        public var value: String
        public var sourceIDs: [String]
        /// Confidence from truth discovery, 0...1.
        public var confidence: Double
        /// The sources hedge the figure ("about", "some", "nearly").
        public var approximate: Bool

        public init(value: String, sourceIDs: [String], confidence: Double, approximate: Bool = false) {
            self.value = value
            self.sourceIDs = sourceIDs
            self.confidence = confidence
            self.approximate = approximate
        }
    }
}
