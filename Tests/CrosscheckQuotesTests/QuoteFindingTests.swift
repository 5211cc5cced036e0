import CrosscheckModel
import Testing

@testable import CrosscheckQuotes

struct FindCase: Sendable, CustomTestStringConvertible {
    let paragraph: String
    /// The quotations kept, in order, with whether each is woven into the reporter's sentence.
    let kept: [(String, Bool)]
    var testDescription: String { paragraph }
}

@Suite struct QuoteFindingTests {
    static let cases: [FindCase] = [
        // Scare quotes, titles and lone quoted words with no speech verb are dropped.
        FindCase(paragraph: "The so-called “peace dividend” never arrived in the town.", kept: []),
        FindCase(paragraph: "Crowds mourned the 'martyr' in the capital on Sunday.", kept: []),
        FindCase(paragraph: "She starred in “The Long Way Home” last year.", kept: []),
        FindCase(paragraph: "The group calls itself the \"Green Front\" and meets weekly.", kept: []),
        FindCase(paragraph: "Critics said the so-called \"war on waste\" had failed.", kept: []),
        FindCase(paragraph: "The minister said the plan, dubbed 'the big clean', was popular.", kept: []),
        // Partial quotations woven into the reporter's sentence are kept and marked.
        FindCase(paragraph: "Mayor Ann Cole called the plan “a reckless gamble with public money” on Monday.",
                 kept: [("a reckless gamble with public money", true)]),
        FindCase(paragraph: "Mayor Ann Cole said the cuts were a “mistake.”", kept: [("mistake.", true)]),
        FindCase(paragraph: "Governor Paul Otis told reporters, “We are not done yet.”", kept: [("We are not done yet.", false)]),
        FindCase(paragraph: "“We are not done yet,” Governor Paul Otis said, adding that the state “will keep fighting.”",
                 kept: [("We are not done yet", false), ("will keep fighting.", true)]),
    ]

    @Test(arguments: cases)
    func keepsQuotations(_ c: FindCase) {
        let analysis = analyze([c.paragraph])
        #expect(analysis.quotes.map(\.text) == c.kept.map(\.0))
        #expect(analysis.quotes.map(\.partial) == c.kept.map(\.1))
    }

    @Test func idsOffsetsAndContext() throws {
        let text = "Rain fell. “The dam will hold,” engineer Lars Berg said. “We checked it twice.”"
        let analysis = QuoteAnalyzer().analyze([makeDocument("river", ["Flood fears ease", text], kinds: [.headline, .body])])
        #expect(analysis.quotes.map(\.id) == ["river-q1", "river-q2"])
        let q = analysis.quotes[0]
        let chars = Array(text)
        #expect(String(chars[q.start..<q.end]) == "The dam will hold")
        #expect(q.paragraph == 1)
        #expect(q.context == "“The dam will hold,” engineer Lars Berg said.")
        #expect(q.placement == .body)
    }

    @Test(arguments: [Paragraph.Kind.headline, .teaser, .caption])
    func placementFollowsParagraphKind(_ kind: Paragraph.Kind) throws {
        let analysis = analyze(["“We will not resign,” Premier Joan Hale said."], kinds: [kind])
        let quote = try #require(analysis.quotes.first)
        #expect(quote.placement == kind)
    }

    @Test func quotationOverSeveralParagraphsIsNotUnclosed() {
        let analysis = analyze([
            "Fire Chief Leo Grant said: “The storm hit hard and fast.",
            "“We lost three homes on the hill.",
            "“We will rebuild every one of them.”",
        ])
        #expect(analysis.quotes.map(\.unclosed) == [false, false, false])
        #expect(Set(analysis.quotes.map(\.personID)).count == 1)
    }

    @Test func speakerNamedAtTheEndOfAQuotationOverSeveralParagraphs() throws {
        let analysis = analyze([
            "The mayor spoke for an hour on Tuesday.",
            "“We have waited long enough for this bridge.",
            "“Now it is time to build it,” Mayor Rosa Lind said.",
        ])
        #expect(analysis.quotes.count == 2)
        #expect(analysis.quotes.allSatisfy { analysis.person($0.personID)?.name == "Rosa Lind" })
        #expect(analysis.quotes.map(\.unclosed) == [false, false])
    }

    @Test func quotationCutOffByScrapeIsUnclosed() throws {
        let analysis = analyze(["Fire Chief Leo Grant said the damage was “worse than anything we have ever seen in", "The town is quiet."])
        let quote = try #require(analysis.quotes.first)
        #expect(quote.unclosed)
    }
}
