import CrosscheckModel
import Testing

@testable import CrosscheckClean

@Suite struct CleanerTests {
    func clean(_ body: String, format: Article.Format = .text) -> Document {
        Cleaner().clean(Article(id: "a", file: "a.txt", format: format, metadata: Metadata(), body: body))
    }

    func kinds(_ document: Document) -> [Paragraph.Kind] { document.paragraphs.map(\.kind) }

    let story = [
        "The river rose two metres overnight, flooding the lower town and closing the main bridge, officials said.",
        "Residents were moved to the school gym, where volunteers handed out blankets and hot meals until dawn.",
        "\u{201C}We have never seen water this high,\u{201D} said the mayor, who toured the streets by boat on Tuesday.",
        "Engineers expect the level to fall by the weekend if the rain stops, although more storms are forecast.",
    ]

    @Test func headerFurnitureIsRemovedAndHeadlineKept() {
        let body = (["\u{2022}", "Local", "Floodwaters force hundreds from their homes in the valley", "10:42 12 March 2023 Source: example.org"] + story)
            .joined(separator: "\n")
        let document = clean(body)
        #expect(document.paragraphs.first?.kind == .headline)
        #expect(document.paragraphs.first?.text == "Floodwaters force hundreds from their homes in the valley")
        #expect(document.body.count == 4)
        #expect(document.removed.map(\.reason) == [.empty, .boilerplate, .boilerplate])
        #expect(document.article.metadata.title == .init("Floodwaters force hundreds from their homes in the valley", inferred: true))
    }

    @Test func footerAfterCommentsHeaderIsRemoved() {
        let body = (story + ["Comments", "We moderate every comment before it appears.", "Post a comment", "Back to top"]).joined(separator: "\n")
        let document = clean(body)
        #expect(document.body.count == 4)
        #expect(document.removed.count == 4)
        #expect(document.removed.allSatisfy { $0.reason == .boilerplate })
    }

    @Test(arguments: [
        "Share on social networks", "Your email address will not be published.", "Leave a Reply", "Advertisement",
        "TELL YOUR FRIENDS",
    ])
    func widgetLinesAreBoilerplate(line: String) {
        let document = clean((story.prefix(2) + [line] + story.suffix(2)).joined(separator: "\n"))
        #expect(document.removed.map(\.text) == [line])
    }

    @Test func textInAnotherScriptIsResidue() {
        let document = clean((story + ["\u{0645}\u{0642}\u{0627}\u{0644}\u{0629}"]).joined(separator: "\n"))
        #expect(document.removed.count == 1)
        #expect(document.body.count == 4)
    }

    @Test func repeatedParagraphsAndABodyPrintedTwiceAreRemoved() {
        let document = clean((story + story).joined(separator: "\n"))
        #expect(document.body.map(\.text) == story)
        #expect(document.removed.count == 4)
        #expect(document.removed.allSatisfy { $0.reason == .duplicate })
    }

    @Test func nearlyRepeatedSentenceIsRemoved() {
        let first = "Some 800 volunteers are working across the district to support local crews clearing the flood debris."
        let again = "Some 800 volunteers are working across the district to support local crews clearing the storm debris."
        let document = clean(([first] + story + [again]).joined(separator: "\n"))
        #expect(document.removed.map(\.text) == [again])
    }

    @Test(arguments: [
        ["A man carries a child through the flooded street on Tuesday.", "Jane Roe | Getty Images"],
        ["Rescue boats wait at the bridge in the lower town.", "John Doe /", "Reuters"],
        ["Volunteers fill sandbags. Photo: Ann Lee / AFP"],
        ["Water covers the square (AP Photo/Sam Poe)"],
        ["FILE PHOTO: Firefighters battle the blaze in the lower town, March 7, 2023. REUTERS/Mike Blake/File Photo"],
    ])
    func captionsAndCreditsAreKeptApart(caption: [String]) {
        let document = clean((story.prefix(2) + caption + story.suffix(2)).joined(separator: "\n"))
        #expect(document.body.map(\.text) == story)
        #expect(document.paragraphs.filter { $0.kind == .caption }.map(\.text) == caption)
    }

    @Test(arguments: [
        "LONDON (Reuters) - The river rose two metres overnight, flooding the lower town, officials said.",
        "PARIS (AFP) \u{2014} Rescue crews reached the lower town on Tuesday after the river burst its banks.",
    ])
    func wireDatelinesAreTheStoryNotCaptions(lede: String) {
        let document = clean(([lede] + story.suffix(2)).joined(separator: "\n"))
        #expect(document.body.first?.text == lede)
    }

    @Test(arguments: [
        "READ MORE: Mortgage rates rise again as lenders pull deals",
        "Related: Council approves new budget for schools",
        "WATCH: The moment the bridge was closed",
    ])
    func labelledTeasersAreKeptApart(teaser: String) {
        let document = clean((story.prefix(2) + [teaser] + story.suffix(2)).joined(separator: "\n"))
        #expect(document.body.map(\.text) == story)
        #expect(document.paragraphs.filter { $0.kind == .teaser }.map(\.text) == [teaser])
    }

    @Test(arguments: [
        "(Reporting by Andy Bruce; Editing by William Schomberg)",
        "Jane Roe contributed to this report.",
        "Additional reporting by Sam Poe in Paris",
    ])
    func wireSignOffsAreCredits(signOff: String) {
        let document = clean((story + [signOff]).joined(separator: "\n"))
        #expect(document.body.map(\.text) == story)
        #expect(document.paragraphs.filter { $0.kind == .caption }.map(\.text) == [signOff])
    }

    @Test(arguments: [
        "The reporting by local media suggested the bridge was weak, and engineers said they had warned of it for years.",
        "More than 200 homes were flooded: the worst toll in the town since records began, the council said.",
    ])
    func sentencesThatMentionCreditsOrLabelsStayInTheStory(line: String) {
        let document = clean((story.prefix(2) + [line] + story.suffix(2)).joined(separator: "\n"))
        #expect(document.body.map(\.text) == Array(story.prefix(2)) + [line] + story.suffix(2))
    }

    @Test func teaserCardForAnotherStoryIsKeptApart() {
        let teaser = "Council approves new budget for schools"
        let card = teaser + " The council on Monday approved a budget that raises spending on schools by a tenth."
        let document = clean((story.prefix(2) + [teaser, card] + story.suffix(2)).joined(separator: "\n"))
        #expect(document.body.map(\.text) == story)
        #expect(document.paragraphs.filter { $0.kind == .teaser }.count == 2)
    }

    @Test func hardWrappedTextIsJoined() {
        let body = """
            The river rose two metres overnight, flooding
            the lower town, officials said.

            Residents were moved to the school gym, where
            volunteers handed out blankets.

            Engineers expect the level to fall by the
            weekend if the rain stops.
            """
        let document = clean(body)
        #expect(document.body.count == 3)
        #expect(document.body[0].text == "The river rose two metres overnight, flooding the lower town, officials said.")
    }

    @Test func theHeadlineIsTheLineTheBylineFollows() {
        let header = [
            "Skip to main content", "Exclusive news, data and analytics for financial market professionals", "World",
            "Floodwaters force hundreds from their homes in the valley", "By Ann Lee", "March 12, 2023 6:12 AM",
        ]
        let document = clean((header + story).joined(separator: "\n"))
        #expect(document.paragraphs.first?.kind == .headline)
        #expect(document.paragraphs.first?.text == "Floodwaters force hundreds from their homes in the valley")
        #expect(document.body.map(\.text) == story)
        #expect(document.removed.count == 5)
    }

    @Test func aStandfirstAboveTheBylineIsNotTheHeadline() {
        let header = ["Floodwaters force hundreds from their homes", "Residents were moved to the school gym overnight", "By Ann Lee"]
        let document = clean((header + story).joined(separator: "\n"))
        #expect(document.paragraphs.first?.kind == .headline)
        #expect(document.paragraphs.first?.text == header[0])
        #expect(document.body.map(\.text) == [header[1]] + story)
    }

    @Test func markdownParagraphsAndHeadingsAreBlocks() {
        let body = "# Flood update\n\nThe river rose two metres overnight, flooding the lower town, officials said.\nIt kept rising.\n\n*More* soon, with the council's answer to the residents."
        let document = clean(body, format: .markdown)
        #expect(kinds(document) == [.headline, .body, .body])
        #expect(document.paragraphs[1].text.contains("\n"))
    }

    @Test func cleaningIsIdempotent() {
        let body = (["Local", "Floodwaters force hundreds from their homes"] + story + story + ["Comments"]).joined(separator: "\n")
        let once = clean(body)
        let twice = clean(once.paragraphs.map(\.text).joined(separator: "\n"))
        #expect(twice.paragraphs.map(\.text) == once.paragraphs.map(\.text))
        #expect(twice.removed.isEmpty)
    }

    @Test func firstSentenceGivesATitleWhenThereIsNoHeadline() {
        let document = clean(story.joined(separator: "\n"))
        #expect(document.article.metadata.title?.inferred == true)
        #expect(document.article.metadata.title?.value.hasPrefix("The river rose two metres") == true)
    }
}

@Suite struct TitleInferenceTests {
    @Test(arguments: [
        ("WASHINGTON \u{2014} The council met.", "The council met."),
        ("LONDON, England \u{2013} Rain fell.", "Rain fell."),
        ("BAGHDAD / DUBAI - Talks resumed.", "Talks resumed."),
        ("Officials - some of them - agreed.", "Officials - some of them - agreed."),
    ])
    func datelinesAreDropped(text: String, expected: String) {
        #expect(TitleInference.withoutDateline(text) == expected)
    }
}
