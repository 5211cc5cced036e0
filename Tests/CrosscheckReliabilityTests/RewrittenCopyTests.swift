import CrosscheckModel
import Testing
@testable import CrosscheckReliability

@Suite struct RewrittenCopyTests {
    /// The honest wording with synonyms swapped in, as an article spinner does.
    static let spun = [
        "Firefighters battled a blaze at a riverside storehouse in Millbrook on Tuesday, the city fire department said.",
        "The fire broke out shortly after midnight and spread to two adjacent buildings before crews contained it.",
        "\u{201C}We are asking residents to keep their windows closed until the smoke clears,\u{201D} fire chief Dana Holt informed reporters.",
        "The Harbor Safety Department said the warehouse stored paint, solvents and packing substance for local shops.",
        "No injuries were reported, but about forty households were moved to a school gym for the night.",
        "Investigators from the state fire marshal's office are expected to arrive on Wednesday to examine the site.",
    ]

    @Test func spunCopyIsFlagged() throws {
        let docs = [Fixtures.honest("a"), Fixtures.honest("b"), Fixtures.honest("c"), Fixtures.document("d", Self.spun)]
        let context = Fixtures.context(docs)
        let finding = try #require(Spin.finding(Substitution.find(3, in: context)))
        #expect(finding.id == "rewritten-copy")
        #expect(finding.points <= -2 * Weights.spinEach)
        let notes = finding.evidence.compactMap(\.note).joined(separator: " | ")
        #expect(notes.contains("storehouse"))
        #expect(notes.contains("households"))
    }

    @Test func faithfulCopiesAreNotFlagged() {
        let docs = [Fixtures.honest("a"), Fixtures.honest("b"), Fixtures.honest("c"), Fixtures.document("d", Self.spun)]
        let context = Fixtures.context(docs)
        for d in 0..<3 {
            let finding = Spin.finding(Substitution.find(d, in: context))
            #expect(finding == nil)
        }
    }

    @Test func noSiblingsNoSignal() {
        let context = Fixtures.context([Fixtures.document("d", Self.spun)])
        #expect(Substitution.find(0, in: context).isEmpty)
    }

    @Test(arguments: [
        (["reposition"], ["repositioning"], true), (["moves"], ["moved"], true), (["months"], ["weeks"], false),
        (["defense", "of"], ["deference", "to"], false), (["be", "moving"], ["move"], true),
        (["defence"], ["defense"], true), (["organised"], ["organized"], true), (["households"], ["families"], false),
    ])
    func inflections(a: [String], b: [String], expected: Bool) {
        #expect(Substitution.isInflection(a, b) == expected)
    }

    @Test(arguments: [
        ("The Point out Department said on Friday it would not comment.", "Point out Department"),
        ("She spoke at the Department of Carry out Affairs on Monday.", "Carry out Affairs"),
        ("He was named Secretary of Point out Mike Rowe in the caption.", "Point out Mike"),
        ("The Justice Department said on Friday it would not comment.", nil),
        ("Holt told Department officials to check the site.", nil),
        ("Officials moved Back Bay residents out overnight.", nil),
    ] as [(String, String?)])
    func brokenNames(text: String, expected: String?) {
        #expect(AlteredNames.brokenName(Tokenizer.tokens(text)) == expected)
    }

    @Test(arguments: [
        ("It was a oversight, the chief said.", ["a oversight"]),
        ("She gave an job interview to the local paper.", ["an job"]),
        ("It was an honest mistake and a one-off event.", []),
        ("An FBI agent and a union official visited a European office.", []),
        ("It took an hour to reach a university campus.", []),
        ("It was a once-in-a-decade blaze.", []),
    ])
    func articleSlips(text: String, expected: [String]) {
        #expect(Grammar.articleSlips(Tokenizer.tokens(text)) == expected)
    }
}
