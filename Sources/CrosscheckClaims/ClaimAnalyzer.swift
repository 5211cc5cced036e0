import CrosscheckModel

/// What the claims analysis finds across the corpus.
public struct ClaimAnalysis: Sendable, Hashable {
    public var claims: [Claim]
    /// Source id → trust from truth discovery (0...1).
    public var trust: [String: Double]

    public init(claims: [Claim] = [], trust: [String: Double] = [:]) {
        self.claims = claims
        self.trust = trust
    }
}

/// Extracts checkable claims, groups them across sources and weighs them.
public struct ClaimAnalyzer: Sendable {
    public init() {}

    /// `people` lets name variants count as one; `quotes` lets quoted sentences be kept apart.
    public func analyze(_ documents: [Document], quotes: [Quote], people: [Person]) -> ClaimAnalysis {
        ClaimAnalysis()
    }
}
