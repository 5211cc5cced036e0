/// One person of the story, whatever spellings the sources used.
public struct Person: Sendable, Hashable, Codable {
    /// Stable, file-system-safe slug.
    public var id: String
    /// Canonical name: the fullest common form.
    public var name: String
    /// Every form in which the corpus names this person, canonical name included.
    public var aliases: [String]
    public var roles: [Role]
    /// Sources that mention the person, sorted.
    public var sourceIDs: [String]

    public init(id: String, name: String, aliases: [String], roles: [Role], sourceIDs: [String]) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.sourceIDs = sourceIDs
    }

    /// A role as a source gives it; sources that disagree give different roles.
    public struct Role: Sendable, Hashable, Codable {
        public var title: String
        public var sourceIDs: [String]

        public init(title: String, sourceIDs: [String]) {
            self.title = title
            self.sourceIDs = sourceIDs
        }
    }
}
