/// Everything one build found: what the site shows, as data.
public struct Report: Sendable, Hashable, Codable {
    public var story: Story
    public var sources: [Source]
    public var people: [Person]
    public var quotes: [Quote]
    public var clusters: [QuoteCluster]
    public var claims: [Claim]

    public init(
        story: Story, sources: [Source], people: [Person], quotes: [Quote], clusters: [QuoteCluster], claims: [Claim]
    ) {
        self.story = story
        self.sources = sources
        self.people = people
        self.quotes = quotes
        self.clusters = clusters
        self.claims = claims
    }

    public struct Story: Sendable, Hashable, Codable {
        public var title: String
        public var inferred: Bool

        public init(title: String, inferred: Bool) {
            self.title = title
            self.inferred = inferred
        }
    }

    /// One analysed article.
    public struct Source: Sendable, Hashable, Codable {
        public var document: Document
        public var reliability: Reliability
        /// How closely its quotes match other outlets' wording, 0...1; nil when nothing to compare.
        public var quoteFidelity: Double?
        /// Trust from truth discovery over the claims, 0...1.
        public var trust: Double?

        public init(document: Document, reliability: Reliability, quoteFidelity: Double? = nil, trust: Double? = nil) {
            self.document = document
            self.reliability = reliability
            self.quoteFidelity = quoteFidelity
            self.trust = trust
        }

        public var id: String { document.id }
        public var metadata: Metadata { document.article.metadata }
    }
}
