import CrosscheckModel
import Testing
@testable import CrosscheckReliability

/// Honest differences between outlets must not read as flaws: house style, spelling, paraphrase.
@Suite struct HonestCopyTests {
    static let american = [
        "The city's defense of its harbor rules drew criticism on Tuesday after a warehouse fire in Millbrook.",
        "The government said it would review storage permits and organize inspections across the port district.",
        "\u{201C}We are asking residents to keep their windows closed until the smoke clears,\u{201D} fire chief Dana Holt told reporters.",
        "About forty families were moved to a school gym for the night, officials said.",
        "Investigators from the state fire marshal's office are expected to arrive on Wednesday to examine the site.",
    ]
    /// The same report in British spelling and house style, reworded in places as any editor would.
    static let british = [
        "The city's defence of its harbour rules drew criticism on Tuesday after a warehouse fire in Millbrook.",
        "The Government said it would review storage permits and organise inspections across the port district, and the Government added that owners would be told this week.",
        "\u{201C}We are asking residents to keep their windows closed until the smoke clears,\u{201D} fire chief Dana Holt told reporters.",
        "Around forty families spent the night in a school gym, according to the council.",
        "Investigators from the state fire marshal's office are expected to arrive on Wednesday to examine the site.",
    ]

    @Test func britishStyleIsNotFlagged() throws {
        let docs = [
            Fixtures.document("us1", Self.american), Fixtures.document("us2", Self.american),
            Fixtures.document("us3", Self.american), Fixtures.document("uk", Self.british),
        ]
        let result = ReliabilityScorer().score(ReliabilityInput(documents: docs))
        let uk = try #require(result["uk"])
        let flagged = Set(uk.signals.filter { $0.points < 0 }.map(\.id)).subtracting(["copied-article"])
        #expect(flagged.isEmpty, "\(flagged.sorted())")
        #expect(uk.signals.contains { $0.id == "names-sources" })
    }
}
