import CrosscheckModel
import CrosscheckText

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

    /// Source id → reliability. `groundwork`, when given, must have been made from `input.documents`.
    public func score(_ input: ReliabilityInput, groundwork: consuming Groundwork? = nil) -> [String: Reliability] {
        let groundwork = groundwork ?? Groundwork(documents: input.documents)
        precondition(groundwork.documentIDs == input.documents.map(\.id), "groundwork made from other documents")
        let context = ScoringContext(consume groundwork, quotes: input.quotes)
        let clusters = Dictionary(input.clusters.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ownQuotes = Dictionary(grouping: input.quotes, by: \.sourceID)
        let speakers = Misattribution.Index(input.quotes)
        let assertions = ClaimAgreement.bySource(input.claims)
        let medianTrust = ClaimAgreement.median(Array(input.trust.values))
        let scored = Parallel.map(context.corpus.count) { d in
            let source = context.corpus.sources[d]
            let id = source.document.id
            let substitutions = Substitution.find(d, in: context)
            var findings = Integrity.findings(d, in: context)
            findings += [
                Spin.finding(substitutions), AlteredNames.finding(source), Grammar.finding(source),
                Translation.finding(d, in: context),
                QuoteFidelity.finding(
                    id, quotes: ownQuotes[id] ?? [], fidelity: input.fidelity[id], agreement: context.quotes, clusters: clusters),
                Misattribution.finding(id, quotes: ownQuotes[id] ?? [], index: speakers),
                context.nearDuplicates.finding(d, in: context.corpus), MetadataSignal.finding(source.document.article.metadata),
            ].compactMap { $0 }
            findings += ClaimAgreement.findings(id, assertions: assertions[id] ?? [], trust: input.trust, medianTrust: medianTrust)
            findings += Attribution.findings(source, quotes: ownQuotes[id] ?? [])
            return (id, Self.reliability(findings))
        }
        Background.release((consume context, consume assertions, consume ownQuotes, consume clusters, consume speakers))
        return Dictionary(scored, uniquingKeysWith: { first, _ in first })
    }

    /// Adds the findings' points to the base, clamps to 0...100, grades and summarises.
    static func reliability(_ findings: [Finding]) -> Reliability {
        let ordered = findings.sorted { ($0.points, $0.id) < ($1.points, $1.id) }
        let signals = ordered.map(\.signal)
        // Summed from the rounded points a reader sees, so the page adds up.
        let total = Weights.base + signals.reduce(0) { $0 + $1.points }
        let score = (min(100, max(0, total)) * 10).rounded() / 10
        return Reliability(score: score, grade: grade(score), summary: summary(ordered), signals: signals)
    }

    static func grade(_ score: Double) -> String {
        switch score {
        case 85...: "A"
        case 70..<85: "B"
        case 55..<70: "C"
        case 40..<55: "D"
        default: "F"
        }
    }

    /// The two heaviest problems, or what speaks for the source when nothing is wrong.
    static func summary(_ ordered: [Finding]) -> String {
        let problems = ordered.filter { $0.points < 0 }.prefix(2).map(\.phrase)
        if problems.isEmpty {
            let strengths = ordered.filter { $0.points > 0 }.sorted { ($0.points, $0.id) > ($1.points, $1.id) }.prefix(2).map(\.phrase)
            return (["No problems found in the copy"] + strengths).joined(separator: "; ") + "."
        }
        let text = problems.joined(separator: "; ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }
}
