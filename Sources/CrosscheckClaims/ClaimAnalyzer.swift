import CrosscheckModel
import CrosscheckText

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
        let spans = quotes.filter { $0.end > $0.start }.reduce(into: [String: [Int: [Range<Int>]]]()) {
            $0[$1.sourceID, default: [:]][$1.paragraph, default: []].append($1.start..<$1.end)
        }
        let prepared = documents.concurrentMap { PreparedDocument($0, quoteSpans: spans[$0.id] ?? [:]) }
        // A word after "in" may still be a person ("in Soleimani strike"): a full name with a title wins.
        let places = prepared.reduce(into: Set<String>()) { $0.formUnion($1.places) }
            .subtracting(PersonIndex.titledSurnames(prepared))
        let corpus = CorpusContext(people: PersonIndex(people: people, documents: prepared, places: places), places: places)
        let facts = prepared.concurrentMap { DocumentExtractor.facts(in: $0, corpus: corpus) }.flatMap { $0 }
        let copies = CopyDetector().groups(prepared.map { ($0.id, $0.words) })
        return ClaimBuilder(people: corpus.people, copyGroups: copies).build(facts)
    }
}
