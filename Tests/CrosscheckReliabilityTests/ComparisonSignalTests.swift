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

    static let statement = "We are asking residents to keep their windows closed until the smoke clears"

    /// Three outlets quote the chief alike; one swaps words; one is alone with another outlet.
    static func quoteInput(fidelity: [String: Double] = [:]) -> ReliabilityInput {
        let docs = ["a", "b", "c", "d"].map { Fixtures.honest($0) }
        let quotes = [
            quote("a-q1", "a", statement, cluster: "c1"),
            quote("b-q1", "b", statement, cluster: "c1"),
            quote("c-q1", "c", "asking residents to keep their windows closed", cluster: "c1"),
            quote("d-q1", "d", "We are requesting residents to keep their windows shut until the smoke disappears", cluster: "c1"),
        ]
        let clusters = [QuoteCluster(id: "c1", personID: "dana-holt", quoteIDs: quotes.map(\.id), canonical: statement)]
        return ReliabilityInput(documents: docs, quotes: quotes, clusters: clusters, fidelity: fidelity)
    }

    @Test func aQuoteGivenToAnotherSpeakerIsMisattributed() throws {
        func said(_ source: String, _ person: String, _ label: String, _ text: String = Self.statement) -> Quote {
            Quote(
                id: source + "-q1", sourceID: source, paragraph: 2, start: 0, end: text.count, text: text, speakerLabel: label,
                speakerKind: .person, personID: person, context: text, cluster: "c1")
        }
        let quotes = [said("a", "dana-holt", "Holt"), said("b", "dana-holt", "Dana Holt"), said("c", "dana-holt", "Holt"),
                      said("d", "ray-moss", "Ray Moss")]
        let index = Misattribution.Index(quotes)
        let finding = try #require(Misattribution.finding("d", quotes: [quotes[3]], index: index))
        #expect(finding.points == -Weights.misattributedEach)
        #expect(finding.evidence.first?.note == "given to Ray Moss; 3 other outlets give it to Holt")
        // The outlets that agree, a split of one against one, and a short common sentence are not flagged.
        #expect(Misattribution.finding("a", quotes: [quotes[0]], index: index) == nil)
        let split = Misattribution.Index([quotes[0], quotes[3]])
        #expect(Misattribution.finding("d", quotes: [quotes[3]], index: split) == nil)
        let short = [said("a", "dana-holt", "Holt", "We are ready"), said("b", "dana-holt", "Holt", "We are ready"),
                     said("c", "ray-moss", "Moss", "We are ready")]
        #expect(Misattribution.finding("c", quotes: [short[2]], index: Misattribution.Index(short)) == nil)
        // "her mum Karen" is made a person apart from "Karen Lane", but may well be her: not flagged.
        let firstName = [said("a", "karen-lane", "Karen Lane"), said("b", "karen-lane", "Karen Lane"), said("c", "karen", "Karen")]
        #expect(Misattribution.finding("c", quotes: [firstName[2]], index: Misattribution.Index(firstName)) == nil)
    }

    @Test func quoteVerdicts() {
        let input = Self.quoteInput()
        let agreement = QuoteAgreement(corpus: Corpus(documents: input.documents), quotes: input.quotes)
        #expect(agreement.verdict(input.quotes[0]) == .faithful)
        // A fragment that matches the others word for word is faithful.
        #expect(agreement.verdict(input.quotes[2]) == .faithful)
        #expect(agreement.verdict(input.quotes[3]) == .altered(theirs: Self.statement))
    }

    @Test func twoOutletsDisagreeingUseTheCorpusWording() {
        // Only two outlets quote it; the rest of the corpus writes "windows closed" in its own words.
        let docs = ["a", "b", "c"].map { Fixtures.honest($0) }
        let quotes = [
            Self.quote("a-q1", "a", "keep your windows closed and stay inside", cluster: "c1"),
            Self.quote("b-q1", "b", "keep your windows shut and stay inside", cluster: "c1"),
        ]
        let agreement = QuoteAgreement(corpus: Corpus(documents: docs), quotes: quotes)
        #expect(agreement.verdict(quotes[0]) == .faithful)
        #expect(agreement.verdict(quotes[1]) == .altered(theirs: "keep your windows closed and stay inside"))
    }

    @Test func alteredQuotes() throws {
        let input = Self.quoteInput(fidelity: ["d": 0.9])
        let context = ScoringContext(input)
        let altered = try #require(
            QuoteFidelity.finding("d", quotes: input.quotes, fidelity: input.fidelity["d"], agreement: context.quotes, clusters: [:]))
        #expect(altered.id == "altered-quotes")
        // One judged quote: a third of the full penalty.
        #expect(altered.points == -Weights.quoteFidelityCap / 3)
        #expect(altered.evidence.map(\.paragraph) == [2])
        #expect(altered.phrase.contains("three other outlets"))
        let faithful = try #require(
            QuoteFidelity.finding("a", quotes: input.quotes, fidelity: nil, agreement: context.quotes, clusters: [:]))
        #expect(faithful.id == "faithful-quotes" && faithful.points > 0)
    }

    @Test func quoteFidelityFallsBackToTheQuotesAnalysis() throws {
        let docs = [Fixtures.honest("a")]
        let quotes = [Self.quote("a-q1", "a", "keep the windows shut", cluster: "c9")]
        let clusters = ["c9": QuoteCluster(id: "c9", personID: nil, quoteIDs: ["a-q1"], canonical: "keep the windows closed")]
        let agreement = QuoteAgreement(corpus: Corpus(documents: docs), quotes: quotes)
        let finding = try #require(QuoteFidelity.finding("a", quotes: quotes, fidelity: 0.5, agreement: agreement, clusters: clusters))
        #expect(finding.id == "altered-quotes")
        #expect(finding.evidence.count == 1)
        let none = QuoteFidelity.finding("a", quotes: [], fidelity: nil, agreement: agreement, clusters: [:])
        #expect(none == nil)
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
        let trust = ["a": 0.9, "d": 0.2]
        let bySource = ClaimAgreement.bySource([claim])
        let a = ClaimAgreement.findings("a", assertions: bySource["a"] ?? [], trust: trust, medianTrust: 0.55)
        #expect(a.map(\.id) == ["corroborated-claims", "claim-trust"])
        #expect(a.allSatisfy { $0.points > 0 })
        let d = ClaimAgreement.findings("d", assertions: bySource["d"] ?? [], trust: trust, medianTrust: 0.55)
        #expect(d.map(\.id) == ["contradicted-claims", "claim-trust"])
        #expect(d.allSatisfy { $0.points < 0 })
        #expect(ClaimAgreement.findings("d", assertions: [], trust: [:]).isEmpty)
    }

    @Test(arguments: [
        ("The cause was faulty wiring, according to the fire marshal.", "according to"),
        ("A port official told AFP the warehouse had no sprinklers.", "told AFP"),
        ("The owner, whose identity BBC confirmed, declined to comment.", "BBC confirmed"),
        ("The permit was seen by Harbor Weekly before the fire.", "seen by Harbor"),
        ("Holt told reporters the roof had collapsed.", nil),
        ("The owner told The Harbor Courier that the alarms failed.", "told The Harbor"),
        ("MILLBROOK (AP) \u{2014} A fire destroyed a warehouse on Tuesday.", "(AP)"),
        ("The fire (which started at night) spread fast.", nil),
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
        let named = Attribution.findings(
            Fixtures.corpus([doc]).sources[0],
            quotes: (1...4).map { Self.quote("a-q\($0)", "a", "Keep windows closed \($0)", cluster: nil) })
        #expect(named.map(\.id) == ["named-speakers"])
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
        #expect(copy.evidence.map(\.paragraph) == [0])
        #expect(copy.evidence.first?.note?.contains("a.txt") == true)
        let original = duplicates.finding(0, in: corpus)
        #expect(original == nil)
        let unrelated = duplicates.finding(2, in: corpus)
        #expect(unrelated == nil)
    }
}
