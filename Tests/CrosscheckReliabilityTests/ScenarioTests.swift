import CrosscheckModel
import Testing
@testable import CrosscheckReliability

/// A made-up story told by honest outlets and by the kinds of flawed copy the scorer must catch.
@Suite struct ScenarioTests {
    static let wire = [
        "State engineers closed the Harlow River Bridge on Monday after inspectors found cracks in a main support beam, the Department of Transportation said.",
        "About 40,000 vehicles cross the bridge each day, and commuters were told to expect long delays on alternate routes.",
        "\u{201C}Safety comes first, and we will not reopen the bridge until we are certain it is sound,\u{201D} Transportation Secretary Maria Lopez told reporters.",
        "The bridge was built in 1962 and was last inspected in March, according to state records.",
        "Engineers said the cracks may have been caused by heavy freight traffic over many years.",
        "Repairs could take three to six weeks, the transportation department said in a statement on Monday evening.",
    ]

    static func honest(_ id: String, _ extra: String) -> Document { Fixtures.document(id, wire + [extra]) }

    static let spun = Fixtures.document("spun", [
        "State engineers closed the Harlow River Bridge on Monday after inspectors found fissures in a main support beam, the Department of Transportation said.",
        "About 40,000 vehicles cross the bridge each day, and commuters were told to expect prolonged delays on alternate routes.",
        "Safety comes first, the Point out Department of Transportation said, calling the closure a oversight that could not wait.",
        "The bridge was built in 1962 and was last inspected in March, according to state documents.",
        "Engineers said the cracks may have been caused by weighty freight traffic over many years.",
        "Repairs could take three to six weeks, the transportation department said in a statement on Monday night.",
    ])

    static let translated = Fixtures.document("mt", [
        "State engineers closed the Harlow River Bridge on Monday after inspectors found cracks in a main support beam, the Department of Transportation said.",
        "About 40,000 vehicles cross the bridge each day, and commuters were told to expect long delays on alternate routes in preparation. to travel Bridge.",
        "Transportation Secretary Maria Maria Lopez said the bridge would stay closed until engineers were certain it was sound.",
        "The bridge was built in 1962 and was last inspected in March, according to state records.",
        "Repairs could take three to six weeks, the transportation department said in a statement on Monday evening.",
    ])

    static let doubled = Fixtures.document("doubled", wire + wire)

    static let aggregated = Fixtures.document(
        "page",
        [
            "State engineers closed the Harlow River Bridge on Monday after inspectors found cracks in a main support beam.The Department of Transportation said",
            "About 40,000 vehicles cross the bridge each day, and commuters were told to expect long delays on the The bridge was built in 1962 and was last inspected in March.",
            "Celebrity chef opens third restaurant in the old mill district",
            "Engineers said the cracks may have been caused by heavy freight traffic over many years.",
        ],
        kinds: [.body, .body, .teaser, .body])

    static var corpus: [Document] {
        [
            honest("a", "Local businesses said they feared losing customers during the closure."),
            honest("b", "City officials said they would add bus service while the bridge is shut."),
            honest("c", "Drivers reported waits of more than an hour at the main alternate crossing."),
            spun, translated, doubled, aggregated,
        ]
    }

    @Test func flawedCopyIsFlaggedAndRankedBelowHonestCopy() throws {
        let result = ReliabilityScorer().score(ReliabilityInput(documents: Self.corpus))
        func ids(_ id: String) throws -> Set<String> { Set(try #require(result[id]).signals.filter { $0.points < 0 }.map(\.id)) }
        func score(_ id: String) throws -> Double { try #require(result[id]).score }
        #expect(try ids("spun").isSuperset(of: ["rewritten-copy", "altered-names", "grammar-slips"]))
        #expect(try ids("mt").contains("translation-errors"))
        #expect(try ids("doubled").contains("duplicated-body"))
        #expect(try ids("page").isSuperset(of: ["fragments", "mixed-in-stories"]))
        for good in ["a", "b", "c"] {
            #expect(try ids(good).subtracting(["copied-article"]).isEmpty)
            for bad in ["spun", "mt", "doubled", "page"] { #expect(try score(good) > score(bad), "\(good) vs \(bad)") }
        }
    }
}
