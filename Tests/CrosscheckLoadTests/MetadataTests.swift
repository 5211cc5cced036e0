import CrosscheckModel
import Foundation
import Testing

@testable import CrosscheckLoad

@Suite struct MetadataTests {
    @Test func frontMatterFieldsAreRead() {
        let text = "---\ntitle: Council votes on budget\noutlet: The Courier\ndate: 2021-03-04\nauthor: Jo Bloggs\n---\nThe council voted.\n"
        let split = MetadataReader.read(text)
        #expect(split.metadata.title == .init("Council votes on budget", inferred: false))
        #expect(split.metadata.outlet?.value == "The Courier")
        #expect(split.metadata.date == .init("2021-03-04", inferred: false))
        #expect(split.metadata.author?.value == "Jo Bloggs")
        #expect(split.body == "The council voted.\n")
        #expect(split.warnings.isEmpty)
    }

    @Test func leadingKeyValueLinesAreRead() {
        let text = "Title: Storm hits coast\nOutlet: Daily Item\nDate: March 5, 2021\nURL: https://example.org/a\n\nWinds rose overnight.\n"
        let split = MetadataReader.read(text)
        #expect(split.metadata.title?.value == "Storm hits coast")
        #expect(split.metadata.date?.value == "2021-03-05")
        #expect(split.metadata.url?.value == "https://example.org/a")
        #expect(split.body.trimmingCharacters(in: .whitespacesAndNewlines) == "Winds rose overnight.")
    }

    @Test func ordinaryFirstLineIsNotMetadata() {
        let text = "Note: the mayor spoke first.\nThen the council voted."
        let split = MetadataReader.read(text)
        #expect(split.metadata == Metadata())
        #expect(split.body == text)
    }

    @Test func yamlAliasesAreRefusedButFieldsSurvive() {
        let bomb = "---\na: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\ntitle: Safe title\n---\nBody."
        let split = MetadataReader.read(bomb)
        #expect(split.metadata.title?.value == "Safe title")
        #expect(split.warnings.count == 1)
        #expect(split.body == "Body.")
    }

    @Test(arguments: [
        ("23:09  07 january  2020", "2020-01-07"),
        ("Published Jan. 7, 2020 at 5pm", "2020-01-07"),
        ("date 2020-01-06 advertisement", "2020-01-06"),
        ("December 29, 2019", "2019-12-29"),
        ("3 Sept 2021", "2021-09-03"),
        ("2025-03-05T14:02:00Z", "2025-03-05"),
        // Figures that leave one reading, day or month first.
        ("03/03/2026", "2026-03-03"), ("Updated 25/12/2025 10:14", "2025-12-25"), ("12/25/2025", "2025-12-25"),
    ])
    func datesAreParsed(text: String, iso: String) {
        #expect(DateParsing.isoDate(in: text) == iso)
    }

    // "03/04/2026" is 3 April in Britain and 4 March in the US.
    @Test(arguments: ["no date here", "Room 2020 is open", "31 Smarch 2020", "serial 2025-03-051", "03/04/2026", "13/13/2026"])
    func nonDatesAreIgnored(text: String) {
        #expect(DateParsing.isoDate(in: text) == nil)
    }

    @Test func inferenceMarksValuesInferred() {
        var metadata = Metadata()
        MetadataInference.fill(&metadata, from: "Headline here\n10:15 4 May 2022 Source: example.com\nBy Ann Lee\nText starts.")
        #expect(metadata.date == .init("2022-05-04", inferred: true))
        #expect(metadata.outlet == .init("example.com", inferred: true))
        #expect(metadata.author == .init("Ann Lee", inferred: true))
    }

    @Test func aDateFiledInTheAddressIsInferred() {
        var metadata = Metadata(url: .init("https://www.example.com/world/attack/2015/03/18/00202e76_story.html", inferred: false))
        MetadataInference.fill(&metadata, from: "Gunmen stormed a museum on Wednesday.")
        #expect(metadata.date == .init("2015-03-18", inferred: true))
        #expect(MetadataInference.dateInPath("https://example.com/2015/13/18/x") == nil)
        #expect(MetadataInference.dateInPath("https://example.com/news/1234/56/78") == nil)
    }

    @Test(arguments: [
        ("By Jane Doe | Fox News", "Jane Doe"), ("By Jane Smith, BBC News", "Jane Smith"),
        ("By Ann Lee and Sam Poe", "Ann Lee and Sam Poe"),
        ("By JILL LAWLESS", "Jill Lawless"), ("By JANE DOE FOR MAILONLINE", "Jane Doe"), ("By the way, the storm hit", nil),
    ] as [(String, String?)])
    func bylinesLeaveOutTheOutlet(byline: String, author: String?) {
        var metadata = Metadata()
        MetadataInference.fill(&metadata, from: "Storm hits coast\n" + byline + "\nThe storm hit the coast on Monday.")
        #expect(metadata.author == author.map { .init($0, inferred: true) })
    }

    @Test(arguments: [
        ("LONDON (Reuters) - The storm hit the coast on Monday.", "Reuters"),
        ("WASHINGTON, March 7 (AP) \u{2014} The storm hit the coast on Monday.", "AP"),
        ("The storm (a rare one) - hit the coast on Monday.", nil),
        ("(CNN) \u{2014} The storm hit the coast on Monday.", "CNN"),
        // A page that sets the source apart from its dash.
        ("CNN\n \u{2014} \nThe storm hit the coast on Monday.", "CNN"),
    ] as [(String, String?)])
    func wireDatelinesNameTheOutlet(lede: String, outlet: String?) {
        var metadata = Metadata()
        MetadataInference.fill(&metadata, from: "Storm hits coast\n" + lede)
        #expect(metadata.outlet == outlet.map { .init($0, inferred: true) })
    }

    @Test func bylineBelowPageFurnitureIsFound() {
        let top = ["Advertisement", "SKIP ADVERTISEMENT", "Supported by", "SKIP ADVERTISEMENT", "Storm hits coast",
                   "The storm is the worst in decades.", "Share full article", "Listen to this article", "By Ann Lee",
                   "Reporting from Dover", "March 5, 2024"]
        var metadata = Metadata()
        MetadataInference.fill(&metadata, from: (top + ["The storm hit the coast on Monday."]).joined(separator: "\n"))
        #expect(metadata.author == .init("Ann Lee", inferred: true))
        #expect(metadata.date == .init("2024-03-05", inferred: true))
    }

    @Test(arguments: [
        ("(Reporting by Andy Bruce; Editing by William Schomberg)", "Andy Bruce"),
        ("Reporting by Jeff Mason in Washington and Steve Holland; Editing by Ann Lee", "Jeff Mason and Steve Holland"),
        ("Reporting by the newsroom", nil),
    ] as [(String, String?)])
    func wireSignOffsNameTheReporters(signOff: String, author: String?) {
        var metadata = Metadata()
        MetadataInference.fill(&metadata, from: "Storm hits coast\n\nThe storm hit the coast on Monday.\n\n" + signOff)
        #expect(metadata.author == author.map { .init($0, inferred: true) })
    }
}
