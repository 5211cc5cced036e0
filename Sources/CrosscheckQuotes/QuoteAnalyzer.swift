import CrosscheckModel

/// What the quotes analysis finds across the corpus.
public struct QuoteAnalysis: Sendable, Hashable {
    public var quotes: [Quote]
    public var people: [Person]
    public var clusters: [QuoteCluster]
    /// Source id → how closely its quotes match other outlets' wording (0...1).
    public var fidelity: [String: Double]

    public init(quotes: [Quote] = [], people: [Person] = [], clusters: [QuoteCluster] = [], fidelity: [String: Double] = [:]) {
        self.quotes = quotes
        self.people = people
        self.clusters = clusters
        self.fidelity = fidelity
    }
}

/// Finds quotations and their speakers, merges people, and groups statements across sources.
public struct QuoteAnalyzer: Sendable {
    public init() {}

    public func analyze(_ documents: [Document]) -> QuoteAnalysis {
        QuoteAnalysis()
    }
}
