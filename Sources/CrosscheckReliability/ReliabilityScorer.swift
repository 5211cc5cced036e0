import CrosscheckModel

/// Everything the reliability score draws on besides the documents themselves.
public struct ReliabilityInput: Sendable {
    public var documents: [Document]
    public var quotes: [Quote]
    public var clusters: [QuoteCluster]
    /// Source id → quote fidelity (0...1) from the quotes analysis.
    public var fidelity: [String: Double]
    public var claims: [Claim]
    /// Source id → trust (0...1) from truth discovery.
    public var trust: [String: Double]

    public init(
        documents: [Document], quotes: [Quote] = [], clusters: [QuoteCluster] = [], fidelity: [String: Double] = [:],
        claims: [Claim] = [], trust: [String: Double] = [:]
    ) {
        self.documents = documents
        self.quotes = quotes
        self.clusters = clusters
        self.fidelity = fidelity
        self.claims = claims
        self.trust = trust
    }
}

/// Scores each source from its text and from the other sources, with evidence for each point.
public struct ReliabilityScorer: Sendable {
    public init() {}

    /// Source id → reliability.
    public func score(_ input: ReliabilityInput) -> [String: Reliability] {
        var result: [String: Reliability] = [:]
        for document in input.documents {
            result[document.id] = Reliability(score: 50, grade: "C", summary: "Not yet scored.", signals: [])
        }
        return result
    }
}
