import Foundation
import CrosscheckModel
import Testing
@testable import CrosscheckReliability

@Suite struct ComparisonSignalTests {
    static func quote(_ id: String, _ source: String, _ text: String, cluster: String?, kind: Quote.SpeakerKind = .person) -> Quote {
        Quote(
            id: id, sourceID: source, paragraph: 2, start: 0, end: text.count, text: text, speakerLabel: "Holt",
            speakerKind: kind, context: text, cluster: cluster)
    }

    static let quotes = [
        quote("a-q1", "a", "We are asking residents to keep their windows closed", cluster: "c1"),
        quote("b-q1", "b", "We are asking residents to keep their windows closed", cluster: "c1"),
        quote("d-q1", "d", "We are requesting residents to keep their windows shut", cluster: "c1"),
    ]
    static let clusters = [
        QuoteCluster(id: "c1", personID: "dana-holt", quoteIDs: ["a-q1", "b-q1", "d-q1"], canonical: "We are asking residents to keep their windows closed")
    ]

    @Test func alteredQuotes() throws {
        let input = ReliabilityInput(documents: [], quotes: Self.quotes, clusters: Self.clusters, fidelity: ["a": 1, "d": 0.55])
        let byID = Dictionary(uniqueKeysWithValues: Self.clusters.map { ($0.id, $0) })
        let owners = Dictionary(uniqueKeysWithValues: Self.quotes.map { ($0.id, $0.sourceID) })
        let altered = try #require(QuoteFidelity.finding("d", input: input, clusters: byID, sourceOfQuote: owners))
        #expect(altered.id == "altered-quotes")
        #expect(altered.points < 0 && altered.points >= -Weights.quoteFidelityCap)
        #expect(altered.evidence.map(\.text) == ["We are requesting residents to keep their windows shut"])
        #expect(altered.phrase.contains("two other outlets"))
        let faithful = try #require(QuoteFidelity.finding("a", input: input, clusters: byID, sourceOfQuote: owners))
        #expect(faithful.id == "faithful-quotes" && faithful.points > 0)
        // No fidelity figure for a source: no signal at all.
        let missing = QuoteFidelity.finding("b", input: input, clusters: byID, sourceOfQuote: owners)
        #expect(missing == nil)
    }

    @Test func claimsAndTrust() {
        let claim = Claim(
            id: "k1", statement: "Families moved", status: .contested, kind: "quantity",
            assertions: [
                .init(sourceID: "a", paragraph: 4, text: "about forty families were moved", value: "40"),
                .init(sourceID: "b", paragraph: 4, text: "about forty families were moved", value: "40"),
                .init(sourceID: "d", paragraph: 4, text: "about four hundred families were moved", value: "400"),
            ],
            values: [.init(value: "40", sourceIDs: ["a", "b"], confidence: 0.8), .init(value: "400", sourceIDs: ["d"], confidence: 0.2)])
        let input = ReliabilityInput(documents: [], claims: [claim], trust: ["a": 0.9, "d": 0.2])
        let a = ClaimAgreement.findings("a", input: input)
        #expect(a.map(\.id) == ["corroborated-claims", "claim-trust"])
        #expect(a.allSatisfy { $0.points > 0 })
        let d = ClaimAgreement.findings("d", input: input)
        #expect(d.map(\.id) == ["contradicted-claims", "claim-trust"])
        #expect(d.allSatisfy { $0.points < 0 })
        #expect(ClaimAgreement.findings("d", input: ReliabilityInput(documents: [])).isEmpty)
    }

    @Test(arguments: [
        ("The cause was faulty wiring, according to the fire marshal.", "according to"),
        ("A port official told AFP the warehouse had no sprinklers.", "told AFP"),
        ("The owner, whose identity BBC confirmed, declined to comment.", "BBC confirmed"),
        ("The permit was seen by Harbor Weekly before the fire.", "seen by Harbor"),
        ("Holt told reporters the roof had collapsed.", nil),
    ] as [(String, String?)])
    func namedSources(text: String, expected: String?) {
        #expect(Attribution.namedSource(Tokenizer.tokens(text)) == expected)
    }

    @Test func anonymousQuotes() throws {
        let doc = Fixtures.honest("a")
        let quotes = [
            Self.quote("a-q1", "a", "It was bad", cluster: nil, kind: .anonymous),
            Self.quote("a-q2", "a", "We saw flames", cluster: nil, kind: .anonymous),
            Self.quote("a-q3", "a", "Keep windows closed", cluster: nil),
        ]
        let findings = Attribution.findings(Fixtures.corpus([doc]).sources[0], quotes: quotes)
        let unnamed = try #require(findings.first { $0.id == "unnamed-speakers" })
        #expect(unnamed.points < 0)
        #expect(Attribution.findings(Fixtures.corpus([doc]).sources[0], quotes: []).isEmpty)
    }

    @Test func metadataCountsGivenOverInferred() throws {
        let given = try #require(
            MetadataSignal.finding(Metadata(outlet: .init("Harbor Weekly", inferred: false), date: .init("2024-03-05", inferred: false), author: .init("Jo Reyes", inferred: false))))
        let inferred = try #require(
            MetadataSignal.finding(Metadata(outlet: .init("Harbor Weekly", inferred: true), date: .init("2024-03-05", inferred: true))))
        #expect(given.points > inferred.points)
        #expect(inferred.label.contains("byline"))
        #expect(MetadataSignal.finding(Metadata()) == nil)
    }

    @Test func nearCopyOfEarlierArticle() throws {
        let early = Fixtures.document("a", Fixtures.shared, metadata: Metadata(date: .init("2024-03-05", inferred: false)))
        let late = Fixtures.document("b", Fixtures.shared + ["Updated with comment from the owner."], metadata: Metadata(date: .init("2024-03-06", inferred: false)))
        let other = Fixtures.document("c", RewrittenCopyTests.spun.map { $0.replacingOccurrences(of: "fire", with: "flood") })
        let corpus = Fixtures.corpus([early, late, other])
        let duplicates = NearDuplicates(corpus: corpus)
        let copy = try #require(duplicates.finding(1, in: corpus))
        #expect(copy.points == -Weights.copyPenalty)
        #expect(copy.evidence.map(\.text) == ["a.txt"])
        let original = duplicates.finding(0, in: corpus)
        #expect(original == nil)
        let unrelated = duplicates.finding(2, in: corpus)
        #expect(unrelated == nil)
    }
}
