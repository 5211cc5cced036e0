/// What the article says about itself, or what was inferred from its text.
public struct Metadata: Sendable, Hashable, Codable {
    public var title: Field?
    public var outlet: Field?
    /// ISO 8601 date (`2020-01-07`) where known.
    public var date: Field?
    public var url: Field?
    public var author: Field?

    public init(title: Field? = nil, outlet: Field? = nil, date: Field? = nil, url: Field? = nil, author: Field? = nil) {
        self.title = title
        self.outlet = outlet
        self.date = date
        self.url = url
        self.author = author
    }

    /// A value and whether Crosscheck inferred it rather than read it from the file's metadata.
    public struct Field: Sendable, Hashable, Codable {
        public var value: String
        public var inferred: Bool

        public init(_ value: String, inferred: Bool) {
            self.value = value
            self.inferred = inferred
        }
    }
}
