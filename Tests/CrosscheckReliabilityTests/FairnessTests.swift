import CrosscheckModel
import Testing
@testable import CrosscheckReliability

/// Honest copy the score must leave alone: independent reporting, house style, wire copy printed twice,
/// features and missing metadata.
@Suite struct FairnessTests {
    /// An outlet's own report of the same fire: other facts, other words, a few phrases in common.
    static let independent = [
        "The blaze at a riverside depot in the old port left four firms without premises, traders said on Wednesday.",
        "Chief Dana Holt said the fire began in a loading bay and that the cause was not yet known.",
        "Residents described thick black smoke over the river and the smell of burning paint through the night.",
        "A school gym near the port took in displaced families, and volunteers brought blankets and hot food.",
    ]

    @Test func independentReportIsNotSpin() {
        let docs = [Fixtures.honest("a"), Fixtures.honest("b"), Fixtures.honest("c"), Fixtures.document("d", Self.independent)]
        let context = Fixtures.context(docs)
        #expect(Substitution.find(3, in: context).filter(\.odd).isEmpty)
        #expect(Spin.finding(Substitution.find(3, in: context)) == nil)
    }

    /// A US wire paragraph, and the same paragraph as a British desk prints it.
    static let american = "A truck carrying foam arrived from the city center within an hour on Tuesday, and the department said it had organized shelter for 40 percent of the families."
    static let british = "A lorry carrying foam arrived from the city centre within an hour yesterday, and the department said it had organised shelter for 40 per cent of the families."

    @Test func britishHouseStyleIsNotSpin() {
        let docs = [
            Fixtures.honest("a", extra: [Self.american]), Fixtures.honest("b", extra: [Self.american]),
            Fixtures.honest("c", extra: [Self.american]), Fixtures.honest("d", extra: [Self.british]),
        ]
        let context = Fixtures.context(docs)
        #expect(Substitution.find(3, in: context).filter(\.odd).isEmpty)
        #expect(Spin.finding(Substitution.find(3, in: context)) == nil)
    }

    @Test(arguments: [
        (["per", "cent"], ["percent"], true), (["cease-fire"], ["ceasefire"], true), (["lorry"], ["truck"], true),
        (["centre"], ["center"], true), (["metre"], ["meter"], true), (["licence"], ["license"], true),
        (["organised"], ["organized"], true), (["travelled"], ["traveled"], true), (["colour"], ["color"], true),
        (["catalogue"], ["catalog"], true), (["sen"], ["senator"], true), (["calif"], ["california"], true),
        (["us"], ["u", "s"], true), (["four"], ["five"], true), (["third"], ["fourth"], true), (["april"], ["june"], true), (["might"], ["may"], false), (["initial"], ["first"], false), (["yesterday"], ["on", "monday"], true), (["last", "night"], ["on", "friday"], true),
        (["storehouse"], ["warehouse"], false), (["households"], ["families"], false), (["above"], ["over"], false),
        (["informed"], ["told"], false), (["clinic"], ["hospital"], false),
    ])
    func houseStyle(a: [String], b: [String], expected: Bool) {
        #expect(Substitution.isHouseStyle(a, b) == expected)
    }

    @Test(arguments: [
        (["per", "cent", "rise"], ["percent", "raise"], 0), (["take", "the", "back", "roads"], ["use", "side", "streets"], 0),
        (["off", "the", "job"], ["out"], 0), (["row"], ["dispute"], 0), (["till", "additional"], ["until", "further"], 2),
        (["aspect"], ["side"], 1), (["adjacent", "houses"], ["neighboring", "homes"], 2),
    ])
    func wordForWordSwaps(a: [String], b: [String], count: Int) {
        #expect(Substitution.swappedPairs(a, b).count == count)
    }

    /// A writer rephrasing a clause in other words of another length is not swapping synonyms.
    @Test func rephrasedClauseIsNotSpin() {
        let us = "Shoppers were told to use side streets and avoid the harbor road during the cleanup, officials said."
        let uk = "Shoppers were told to take the back roads and avoid the harbour road during the cleanup, officials said."
        let docs = [
            Fixtures.honest("a", extra: [us]), Fixtures.honest("b", extra: [us]), Fixtures.honest("c", extra: [us]),
            Fixtures.honest("d", extra: [uk]),
        ]
        #expect(Substitution.find(3, in: Fixtures.context(docs)).filter(\.odd).isEmpty)
    }

    /// One content word and one function word swapped in the same sentence: light by weight, but a
    /// sentence rewritten word for word.
    @Test func twoSwapsInOneSentenceAreARewrite() throws {
        var spun = Fixtures.shared
        spun[1] = "The fire broke out shortly after midnight and spread to two adjacent buildings after crews contained it."
        let docs = [Fixtures.honest("a"), Fixtures.honest("b"), Fixtures.honest("c"), Fixtures.document("d", spun)]
        let substitutions = Substitution.find(3, in: Fixtures.context(docs))
        let finding = try #require(Spin.finding(substitutions))
        #expect(Set(finding.evidence.map(\.paragraph)) == [1])
    }

    @Test func oneSwapPerSentenceNeedsAPattern() {
        var edited = Fixtures.shared
        edited[1] = "The fire broke out shortly after midnight and spread to two adjacent buildings before crews contained it."
        let docs = [Fixtures.honest("a"), Fixtures.honest("b"), Fixtures.honest("c"), Fixtures.document("d", edited)]
        #expect(Spin.finding(Substitution.find(3, in: Fixtures.context(docs))) == nil)
    }

    @Test func undatedTwinsAreNotedWithoutPoints() throws {
        let first = Fixtures.document("a", Fixtures.shared)
        let second = Fixtures.document("b", Fixtures.shared)
        let corpus = Fixtures.corpus([first, second])
        let duplicates = NearDuplicates(corpus: corpus)
        for d in 0..<2 {
            let finding = try #require(duplicates.finding(d, in: corpus))
            #expect(finding.points == 0)
            #expect(finding.label.contains("wire copy"))
            #expect(finding.evidence.allSatisfy { $0.paragraph != nil })
        }
        let scored = ReliabilityScorer().score(ReliabilityInput(documents: [first, second]))
        #expect(scored["a"]?.score == scored["b"]?.score)
    }

    @Test func sameDayCopiesAreBothNeutral() throws {
        let date = Metadata(date: .init("2024-03-05", inferred: false))
        let corpus = Fixtures.corpus([
            Fixtures.document("a", Fixtures.shared, metadata: date), Fixtures.document("b", Fixtures.shared, metadata: date),
        ])
        let duplicates = NearDuplicates(corpus: corpus)
        #expect(try #require(duplicates.finding(0, in: corpus)).points == 0)
        #expect(try #require(duplicates.finding(1, in: corpus)).points == 0)
    }

    @Test(arguments: [
        ("2024-03-05", "2024-03-05"), ("2024-03-05T09:30:00Z", "2024-03-05"), ("5 March 2024", nil), ("2024-3-5", nil),
    ] as [(String, String?)])
    func copyDates(text: String, day: String?) {
        #expect(NearDuplicates.day(text) == day)
    }

    @Test(arguments: [
        (Metadata(outlet: .init("Harbor Weekly", inferred: false), date: .init("2024-03-05", inferred: false), author: .init("Jo Reyes", inferred: false)),
         "Byline, date and outlet given"),
        (Metadata(outlet: .init("Harbor Weekly", inferred: false), date: .init("2024-03-05", inferred: false)), "Date and outlet given, no byline"),
        (Metadata(outlet: .init("Harbor Weekly", inferred: true)), "Outlet (inferred from the text) given, no byline or date"),
    ])
    func metadataIsNamedNotEvidenced(metadata: Metadata, label: String) throws {
        let finding = try #require(MetadataSignal.finding(metadata))
        #expect(finding.label == label)
        // Evidence without a paragraph would read as text set aside in cleaning.
        #expect(finding.evidence.isEmpty)
    }

    @Test func lowTrustWithoutContradictionsCostsNothing() {
        let findings = ClaimAgreement.findings("a", assertions: [], trust: ["a": 0.2, "b": 0.9, "c": 0.8], medianTrust: 0.8)
        #expect(!findings.contains { $0.id == "claim-trust" })
    }

    static let floors = [
        Claim.Value(value: "third", sourceIDs: ["a", "b"], confidence: 0.55, approximate: false),
        Claim.Value(value: "fourth", sourceIDs: ["c"], confidence: 0.55, approximate: false),
        Claim.Value(value: "fifth", sourceIDs: ["d"], confidence: 0.4, approximate: false),
    ]

    /// The assertion's wording is not the value's: "the third floor" gives "third".
    @Test(arguments: [
        ("a", "the third floor", ClaimAgreement.Standing.majority), ("c", "fourth floor", .minority),
        ("d", "fifth", .minority), ("z", "sixth", .undecided),
    ])
    func standingOfAnAssertion(source: String, said: String, expected: ClaimAgreement.Standing) {
        let assertion = Claim.Assertion(sourceID: source, paragraph: 0, text: "It started on the \(said).", value: said)
        #expect(ClaimAgreement.standing(of: assertion, in: Self.floors) == expected)
    }

    @Test func evenSplitDecidesNothing() {
        let values = [
            Claim.Value(value: "12", sourceIDs: ["a"], confidence: 0.55, approximate: true),
            Claim.Value(value: "15", sourceIDs: ["b"], confidence: 0.548, approximate: false),
        ]
        for (source, said) in [("a", "at least 12"), ("b", "15")] {
            let assertion = Claim.Assertion(sourceID: source, paragraph: 0, text: said, value: said)
            #expect(ClaimAgreement.standing(of: assertion, in: values) == .undecided)
        }
    }

    /// Hedged figures within a tenth of the most-given one are a spread, not a minority; farther ones are.
    @Test(arguments: [("c", "some 5,200", ClaimAgreement.Standing.undecided), ("d", "about 6,000", .minority), ("e", "5,600", .minority)])
    func hedgedFiguresCloseToTheMajority(source: String, said: String, expected: ClaimAgreement.Standing) {
        let values = [
            Claim.Value(value: "5,000", sourceIDs: ["a", "b"], confidence: 0.6, approximate: true),
            Claim.Value(value: "5,200", sourceIDs: ["c"], confidence: 0.4, approximate: true),
            Claim.Value(value: "6,000", sourceIDs: ["d"], confidence: 0.3, approximate: true),
            Claim.Value(value: "5,600", sourceIDs: ["e"], confidence: 0.3, approximate: false),
        ]
        let assertion = Claim.Assertion(sourceID: source, paragraph: 0, text: said, value: said)
        #expect(ClaimAgreement.standing(of: assertion, in: values) == expected)
    }

    /// Quotes the analysis found no speaker for are its own failure: they neither cost nor earn points.
    @Test(arguments: [(Quote.SpeakerKind.unknown, nil as String?), (.anonymous, "unnamed-speakers")])
    func unresolvedSpeakersAreNotTheSourcesFault(kind: Quote.SpeakerKind, expected: String?) {
        let doc = Fixtures.honest("a")
        let quotes = (1...4).map { ComparisonSignalTests.quote("a-q\($0)", "a", "We will rebuild the shed \($0)", cluster: nil, kind: $0 <= 2 ? .person : kind) }
        let ids = Attribution.findings(Fixtures.corpus([doc]).sources[0], quotes: quotes).map(\.id)
        #expect(ids.contains("unnamed-speakers") == (expected != nil))
    }

    /// A feature gives a paragraph to one person's memories: words of its own, but the speaker is the article's.
    static let memory = "\u{201C}My grandmother taught me to swim in that river, and every summer we picked blackberries along the old towpath near the mill,\u{201D} Holt said quietly, remembering childhood holidays."

    /// A witness quoted once, in words nobody else uses.
    static let witness = "\u{201C}The whole shed shook like a drum and my grandmother dropped her teacup on the porch steps,\u{201D} recalled Mara Quill, who runs a bakery nearby."
    /// The same kind of paragraph with no one quoted: page furniture from another story.
    static let elsewhere = "Grandmother's teacup collection sells at county auction, with porcelain, silver spoons and a bakery drum set drawing keen bidders from three states."

    @Test(arguments: [
        (witness, true), (elsewhere, false), ("'We are staying put,' she said.", true), ("Tickets go on sale next week.", false),
        ("\u{201C}Read more\u{201D} below.", false),
    ])
    func attributedQuotes(text: String, expected: Bool) {
        #expect(Integrity.isAttributedQuote(text) == expected)
    }

    @Test(arguments: [(memory, false), (witness, false), (elsewhere, true)])
    func quotedPeopleBelongToTheStory(paragraph: String, flagged: Bool) {
        let docs = [
            Fixtures.document("a", Fixtures.shared + [paragraph]), Fixtures.honest("b"), Fixtures.honest("c"), Fixtures.honest("d"),
        ]
        let finding = Integrity.mixedIn(0, in: Fixtures.corpus(docs))
        #expect((finding != nil) == flagged)
    }
}
