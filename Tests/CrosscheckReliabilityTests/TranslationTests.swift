import CrosscheckModel
import Testing
@testable import CrosscheckReliability

@Suite struct TranslationTests {
    static let siblings = [
        "The owner of the warehouse, Peter Lang, said the country needed stricter storage rules.",
        "The Harbor Fire Task Force said the country had seen three such fires this year.",
    ]

    @Test func doubledName() {
        let docs = [
            Fixtures.honest("a", extra: Self.siblings), Fixtures.honest("b", extra: Self.siblings),
            Fixtures.document("c", ["The owner of the warehouse, Peter Peter Lang, said the damage was severe."]),
        ]
        let corpus = Fixtures.corpus(docs)
        #expect(Translation.doubledName(corpus.sources[2].sentences[0].tokens, doc: 2, corpus) == "Peter Peter")
        #expect(Translation.doubledName(corpus.sources[0].sentences[0].tokens, doc: 0, corpus) == nil)
    }

    @Test(arguments: [
        ("Crews stayed on alert in preparation. to leave the area by noon.", "preparation. to"),
        ("The fire started at 2 a.m. and spread quickly.", nil),
        ("Sales rose, etc. and the firm grew.", nil),
        ("He paused... then the roof fell in.", nil),
        ("The crew left. The fire went out.", nil),
    ] as [(String, String?)])
    func strayStops(text: String, expected: String?) {
        #expect(Translation.strayStop(Tokenizer.tokens(text)) == expected)
    }

    @Test func oddCapitalAgainstSiblings() {
        let docs = [
            Fixtures.honest("a", extra: Self.siblings), Fixtures.honest("b", extra: Self.siblings),
            Fixtures.document("c", ["Officials warned that the fire could force families to leave Country within days.", "The country has strict rules."]),
        ]
        let corpus = Fixtures.corpus(docs)
        #expect(Translation.oddCapital(corpus.sources[2].sentences[0].tokens, doc: 2, corpus) == "Country")
        // A house style that always capitalises the word is not a slip.
        let style = Fixtures.document("e", ["The owner said the Country needed stricter storage rules.", "The Country has seen three such fires."])
        let styled = Fixtures.corpus(Array(docs.prefix(2)) + [style])
        #expect(Translation.oddCapital(styled.sources[2].sentences[0].tokens, doc: 2, styled) == nil)
        // A name every outlet capitalises is not odd.
        #expect(Translation.oddCapital(Fixtures.sentence("Crews came from Millbrook overnight.").tokens, doc: 0, corpus) == nil)
    }

    @Test func reorderedName() throws {
        let docs = [
            Fixtures.honest("a", extra: Self.siblings), Fixtures.honest("b", extra: Self.siblings),
            Fixtures.document("c", ["A spokesman for the Fire Harbor Task Force declined to comment on the cause."]),
        ]
        let context = Fixtures.context(docs)
        let sentence = context.corpus.sources[2].sentences[0]
        let pair = try #require(context.reordered.reordering(in: sentence, doc: 2))
        #expect(pair.0 == "Fire Harbor Task Force")
        #expect(pair.1 == "Harbor Fire Task Force")
        #expect(context.reordered.reordering(in: context.corpus.sources[0].sentences[7], doc: 0) == nil)
    }

    @Test func translationNeedsTwoSigns() throws {
        let translated = [
            "Firefighters battled a blaze at a riverside warehouse in Millbrook on Tuesday, the city fire department said.",
            "The owner of the warehouse, Peter Peter Lang, said families had to leave Country in preparation. to stay safe.",
            "The country has strict rules.",
        ]
        let oneSlip = ["Crews stayed on alert in readiness. to leave the area before dawn."]
        let docs = [
            Fixtures.honest("a", extra: Self.siblings), Fixtures.honest("b", extra: Self.siblings),
            Fixtures.document("c", translated), Fixtures.document("d", oneSlip),
        ]
        let context = Fixtures.context(docs)
        let finding = try #require(Translation.finding(2, in: context))
        #expect(finding.id == "translation-errors")
        #expect(finding.evidence.count == 3, "\(finding.evidence.map { $0.note ?? "" })")
        let single = Translation.finding(3, in: context)
        #expect(single == nil)
    }
}
