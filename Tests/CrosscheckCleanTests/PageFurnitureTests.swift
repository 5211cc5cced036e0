import CrosscheckModel
import Testing

@testable import CrosscheckClean

/// What news sites print around an article in a scrape: calls to the reader, promotions, link lists,
/// labelled captions, bylines and notes on the writer.
@Suite struct PageFurnitureTests {
    func clean(_ lines: [String], author: String? = nil) -> Document {
        let metadata = Metadata(author: author.map { .init($0, inferred: false) })
        return Cleaner().clean(Article(id: "a", file: "a.txt", format: .text, metadata: metadata, body: lines.joined(separator: "\n")))
    }

    func texts(_ document: Document, _ kind: Paragraph.Kind) -> [String] {
        document.paragraphs.filter { $0.kind == kind }.map(\.text)
    }

    let story = [
        "The river rose two metres overnight, flooding the lower town and closing the main bridge, officials said.",
        "Residents were moved to the school gym, where volunteers handed out blankets and hot meals until dawn.",
        "\u{201C}We have never seen water this high,\u{201D} said the mayor, who toured the streets by boat on Tuesday.",
        "Engineers expect the level to fall by the weekend if the rain stops, although more storms are forecast.",
    ]

    @Test(arguments: [
        "CLICK HERE TO GET THE VALLEY NEWS APP", "Sign up to our free Morning Headlines email for the latest news every morning",
        "Listen to this article \u{00B7} 4:12 min Learn more", "Ad Feedback", "SKIP ADVERTISEMENT", "Share full article",
        "Follow AP's coverage of the floods at https://example.org/hub/floods", "Continue reading the main story Share This Page", "ADVERTISING",
        "Advertisement \u{00B7} Scroll to continue", "Close extra sharing options", "LinkedIn", "Purchase Licensing Rights",
        "This story has been updated with additional information.",
        "Get the latest Valley News breaking news sent straight to your inbox", "Something went wrong, please try again later.",
        "Thank you for subscribing!", "We have more newsletters", "See our privacy notice",
        "Have you got a story for us? Email newsdesk@example.org",
        "Don't miss the latest news from around the valley - sign up to our daily newsletter here.",
        "Report a typo", "Send us a news tip", "Watch the latest news on our free streaming app",
    ])
    func callsToTheReaderAreBoilerplate(line: String) {
        let document = clean(story.prefix(2) + [line] + story.suffix(2))
        #expect(document.body.map(\.text) == story)
        #expect(document.removed.map(\.text) == [line])
    }

    @Test func promotionBetweenSkipMarksIsRemoved() {
        let promotion = [
            "skip past newsletter promotion", "Sign up to First Edition", "Free daily newsletter",
            "Our morning email breaks down the key stories of the day, telling you what is happening and why it matters",
            "after newsletter promotion",
        ]
        let document = clean(story.prefix(2) + promotion + story.suffix(2))
        #expect(document.body.map(\.text) == story)
        #expect(document.removed.map(\.text) == promotion)
    }

    @Test(arguments: [
        ["Read more from Valley News:", "Council approves new budget for schools", "Man charged over bridge crash"],
        ["Related article", "Why are rivers rising faster?"],
        ["More on this story", "Floods: What you need to know", "Published", "2 days ago"],
        ["Suggested Topics:", "United Kingdom"],
        ["Subscribers are reading", "Column: The hard truth about floods"],
    ])
    func linksUnderAHeadingAreTeasers(list: [String]) {
        let document = clean(story.prefix(2) + list + story.suffix(2))
        #expect(document.body.map(\.text) == story)
        #expect(texts(document, .teaser) == list.filter { $0 != "Published" }.dropFirst().map { $0 })
    }

    @Test func topicsAtTheEndAreNotTheStory() {
        let document = clean(story + ["Related Topics", "Flooding", "Valley Council"])
        #expect(document.body.map(\.text) == story)
    }

    @Test func labelledCaptionsAreKeptApart() {
        let captions = ["Image source, Getty Images", "Image caption,", "The mayor toured the streets by boat"]
        let document = clean(story.prefix(2) + captions + story.suffix(2))
        #expect(document.body.map(\.text) == story)
        #expect(texts(document, .caption) == ["Image source, Getty Images", "The mayor toured the streets by boat"])
    }

    @Test func bylineAndDateBelowTheStandfirstAreRemoved() {
        let standfirst = "The worst flood in decades is expected to close the bridge for a week, engineers say."
        let top = ["River floods lower town as bridge closes", standfirst, "By Ann Lee", "Reporting from Dover",
                   "March 5, 2024", "Gwyn Topham Transport correspondent"]
        let document = clean(top + story)
        #expect(document.paragraphs.first?.kind == .headline)
        #expect(document.body.map(\.text) == [standfirst] + story)
    }

    @Test func aHeadlineWithAThousandsSeparatorIsStillTheHeadline() {
        let headline = "Rail strike: union calls offer an insult as 20,000 workers are set to walk out"
        let document = clean([headline] + story)
        #expect(document.paragraphs.first.map { [$0.kind] } == [.headline])
    }

    @Test func aNoteOnTheWriterAtTheEndIsACredit() {
        let note = "Ann Lee is the paper's environment correspondent, covering floods, farming and the coast."
        let document = clean(story + [note], author: "Ann Lee")
        #expect(document.body.map(\.text) == story)
        #expect(texts(document, .caption) == [note])
    }

    @Test func sentencesAfterAHeadingStayInTheStory() {
        let document = clean(story.prefix(2) + ["Read more", "He said: the bridge will reopen once engineers have checked it."] + story.suffix(2))
        #expect(document.body.count == 5)
    }

    @Test func aDescriptionClosedByItsCreditIsACaption() {
        let caption = "Volunteers fill sandbags by the bridge on Tuesday. (Jane Roe/Bloomberg)"
        let document = clean(story.prefix(2) + [caption] + story.suffix(2))
        #expect(texts(document, .caption) == [caption])
    }

    @Test func aDateLineWithCommasIsNotTheOpening() {
        let top = ["River floods lower town as bridge closes", "By ANN LEE FOR VALLEY NEWS",
                   "Published: 10:15 GMT, 7 March 2024 | Updated: 11:20 GMT, 7 March 2024"]
        let document = clean(top + story)
        #expect(document.body.map(\.text) == story)
    }
}
