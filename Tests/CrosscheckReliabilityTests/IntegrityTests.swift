import CrosscheckModel
import Testing
@testable import CrosscheckReliability

@Suite struct IntegrityTests {
    @Test(arguments: [
        ("Crews worked through the night along the The fire spread quickly to the roof.", true),
        ("The mayor said she had spoken with the fire chief about a letter from It was not clear who sent it.", true),
        ("Officials met in the town hall after He said the meeting went well.", true),
        ("The report was first published by The Millbrook Gazette on Monday.", false),
        ("Crews were flown in from The Hague to help with the response.", false),
        ("The chief and the mayor spoke to residents on Tuesday.", false),
    ])
    func collisions(text: String, expected: Bool) {
        #expect((Integrity.collision(Tokenizer.tokens(text)) != nil) == expected)
    }

    @Test(arguments: [
        ("The fire spread to two buildings.Crews contained it by dawn.", true),
        ("Residents were told to stay inside.\u{201D}The smoke cleared by noon.", true),
        ("The company is listed as Millbrook Storage Inc. on the permit.", false),
        ("The firm moved its U.S. office to the port in 2019.", false),
    ])
    func gluedSentences(text: String, expected: Bool) {
        #expect((Integrity.gluedSentence(Tokenizer.tokens(text)) != nil) == expected)
    }

    @Test func paragraphEndings() {
        #expect(Integrity.unfinished(Tokenizer.tokens("The blaze was the largest the port has seen since the flood of")) == .cut)
        #expect(Integrity.unfinished(Tokenizer.tokens("About forty families spent the night in a school gym near the river bank")) == .unpunctuated)
        #expect(Integrity.unfinished(Tokenizer.tokens("About forty families spent the night in a school gym near the river bank.")) == nil)
        #expect(Integrity.unfinished(Tokenizer.tokens("\u{201C}We will rebuild,\u{201D} the owner said of the old warehouse on the river.\u{201D}")) == nil)
        #expect(Integrity.unfinished(Tokenizer.tokens("Fire in Millbrook")) == nil)
        // A missing stop after "he said" is sloppy, not a cut.
        #expect(Integrity.unfinished(Tokenizer.tokens("\u{201C}We will rebuild the warehouse by the summer,\u{201D} the owner said")) == .unpunctuated)
    }

    @Test(arguments: [
        ("Investigators said the the cause was not yet known.", "the the"),
        ("Crews moved to the foreign mission missions in the harbour district.", "mission missions"),
        ("The Fire spread fast.", nil),
        ("She said that that was the right call.", nil),
        ("He had had enough of the smoke.", nil),
    ] as [(String, String?)])
    func doubledWords(text: String, expected: String?) {
        #expect(Integrity.doubledWord(Tokenizer.tokens(text)) == expected)
    }

    @Test func typoAgainstSiblings() throws {
        let docs = [
            Fixtures.honest("a", extra: ["The investigation could take several weeks."]),
            Fixtures.honest("b", extra: ["Officials said the investigation would be thorough."]),
            Fixtures.document("c", Fixtures.shared + ["Investigators began their investigatiobn on Wednesday morning."]),
        ]
        let context = Fixtures.context(docs)
        let typos = Integrity.typos(2, in: context)
        let finding = try #require(typos)
        #expect(finding.evidence.count == 1)
        #expect(finding.evidence[0].note?.contains("investigatiobn") == true)
        #expect(finding.points < 0)
        let clean = Integrity.typos(0, in: context)
        #expect(clean == nil, "\(clean?.evidence.map { $0.note ?? "" } ?? [])")
    }

    @Test(arguments: [
        ("troops", "troop", false), ("traveled", "travelled", false), ("defence", "defense", false),
        ("colour", "color", false), ("organize", "organise", false), ("judgement", "judgment", false),
        ("operatoin", "operation", false), ("investigatiobn", "investigation", true), ("warehoise", "warehouse", true),
    ])
    func slips(word: String, intended: String, expected: Bool) {
        #expect(SpellingIndex.isSlip(word, intended) == expected)
    }

    @Test func realWordsAreNotTypos() {
        // "charge" and "change" are both words; no sibling using one makes the other a slip.
        let docs = [
            Fixtures.honest("a", extra: ["The owner will charge tenants for the repairs."]),
            Fixtures.honest("b", extra: ["The owner will charge tenants for the repairs."]),
            Fixtures.honest("c", extra: ["The owner will change the locks after the repairs."]),
        ]
        let found = Integrity.typos(2, in: Fixtures.context(docs))
        #expect(found == nil)
    }

    @Test func aShortWordBesideANameIsNoTypo() {
        // "parts" is one letter from "Paris", which the other outlets only ever capitalise.
        let docs = [
            Fixtures.document("a", ["PARIS (Reuters) - Storms hit the coast, officials in Paris said on Monday."]),
            Fixtures.document("b", ["Storms hit the coast on Monday, officials said."]),
            Fixtures.document("c", ["Storms battered parts of the coast on Monday, officials said."]),
        ]
        let found = Integrity.typos(2, in: Fixtures.context(docs))
        #expect(found == nil, "\(found?.evidence.map { $0.note ?? "" } ?? [])")
    }

    @Test func aWordBesideOneOutletsSignOffIsNoTypo() {
        // "exiting" is one letter from the "Editing" of a wire sign-off, which only one outlet prints.
        let docs = [
            Fixtures.document("a", ["Nexora said it would cut jobs on Tuesday.", "Reporting by Max Cherney; Editing by Leslie Adler"]),
            Fixtures.document("b", ["Nexora confirmed the job cuts on Tuesday."]),
            Fixtures.document("c", ["Nexora said it was not exiting the PC business."]),
        ]
        let found = Integrity.typos(2, in: Fixtures.context(docs))
        #expect(found == nil, "\(found?.evidence.map { $0.note ?? "" } ?? [])")
    }

    @Test func repeatedBodyFromCleaning() throws {
        let removed = [Removal(reason: .duplicate, text: Fixtures.shared.joined(separator: "\n"))]
        let source = Fixtures.corpus([Fixtures.document("a", Fixtures.shared, removed: removed)]).sources[0]
        let finding = try #require(Integrity.repeats(source))
        #expect(finding.id == "duplicated-body")
        #expect(finding.evidence.first?.paragraph == nil)
    }

    @Test func repeatedBodyInText() throws {
        let source = Fixtures.corpus([Fixtures.document("a", Fixtures.shared + Fixtures.shared)]).sources[0]
        #expect(try #require(Integrity.repeats(source)).id == "duplicated-body")
    }

    @Test func oneRepeatedSentence() throws {
        let paragraphs = Fixtures.shared + ["No injuries were reported, but about forty families were moved to a school hall for the night."]
        let finding = try #require(Integrity.repeats(Fixtures.corpus([Fixtures.document("a", paragraphs)]).sources[0]))
        #expect(finding.id == "repeated-text")
        #expect(finding.evidence.map(\.paragraph) == [6])
    }

    @Test func noRepeatsInCleanCopy() {
        #expect(Integrity.repeats(Fixtures.corpus([Fixtures.honest("a")]).sources[0]) == nil)
    }

    @Test func foreignScriptResidue() throws {
        let doc = Fixtures.document("a", Fixtures.shared + ["\u{0642}\u{0627}\u{0644}\u{0628} \u{0648}\u{0631}\u{062F}"])
        let finding = try #require(Integrity.foreignScript(Fixtures.corpus([doc]).sources[0]))
        #expect(finding.evidence.map(\.paragraph) == [6])
        // A page written in another script is not residue.
        let arabic = Fixtures.document("b", [String(repeating: "\u{0642}\u{0627}\u{0644}\u{0628} ", count: 80)])
        #expect(Integrity.foreignScript(Fixtures.corpus([arabic]).sources[0]) == nil)
    }

    @Test func boilerplateShare() throws {
        let removed = [Removal(reason: .boilerplate, text: "Share this article on social media. Leave a comment below.")]
        let finding = try #require(Integrity.boilerplate(Fixtures.corpus([Fixtures.document("a", Fixtures.shared, removed: removed)]).sources[0]))
        #expect(finding.points < 0 && finding.points >= -Weights.boilerplateCap)
        #expect(Integrity.boilerplate(Fixtures.corpus([Fixtures.honest("a")]).sources[0]) == nil)
    }

    @Test func teasersAndUnrelatedParagraphs() throws {
        let teaser = "Local bakery wins regional prize for its sourdough loaf"
        let unrelated = "Tickets for the summer music festival go on sale next week, with organisers promising jazz, folk and a craft market beside the lake."
        let docs = [
            Fixtures.document("a", Fixtures.shared + [teaser, unrelated], kinds: Array(repeating: .body, count: 6) + [.teaser, .body]),
            Fixtures.honest("b"), Fixtures.honest("c"), Fixtures.honest("d"),
        ]
        let finding = try #require(Integrity.mixedIn(0, in: Fixtures.corpus(docs)))
        #expect(finding.evidence.map(\.paragraph) == [6, 7])
        #expect(Integrity.mixedIn(1, in: Fixtures.corpus(docs)) == nil)
    }
}
