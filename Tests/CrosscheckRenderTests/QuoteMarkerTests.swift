import CrosscheckModel
import Testing
@testable import CrosscheckRender

struct QuoteMarkerTests {
    private func quote(_ id: String, _ text: String, start: Int = 0) -> Quote {
        Quote(
            id: id, sourceID: "s", paragraph: 0, start: start, end: start + text.count, text: text,
            speakerLabel: "someone", speakerKind: .person, context: "")
    }

    @Test(arguments: [
        ("She said \"rates will fall soon\" on Friday.", "rates will fall soon",
         "<p>She said &quot;<mark class=\"quote\" id=\"s-q1\">rates will fall soon</mark>&quot; on Friday.</p>"),
        ("“Costs & benefits <matter>,” he wrote.", "Costs & benefits <matter>,",
         "<p>“<mark class=\"quote\" id=\"s-q1\">Costs &amp; benefits &lt;matter&gt;,</mark>” he wrote.</p>"),
    ])
    func marksQuotedWords(text: String, quoted: String, expected: String) {
        let html = Markdown.paragraph(text, markdown: false)
        #expect(QuoteMarker.mark([quote("s-q1", quoted)], in: html, markdown: false) == expected)
    }

    @Test func neverMarksInsideACharacterReference() {
        let html = Markdown.paragraph("Smith & Sons said \"amp up the output\".", markdown: false)
        let marked = QuoteMarker.mark([quote("s-q2", "amp")], in: html, markdown: false)
        #expect(marked.contains("&amp; Sons"))
        #expect(marked.contains("&quot;<mark class=\"quote\" id=\"s-q2\">amp</mark> up"))
    }

    @Test func missingWordsGetAnAnchorAtTheStart() {
        let html = Markdown.paragraph("Nothing quoted here.", markdown: false)
        let marked = QuoteMarker.mark([quote("s-q9", "words elsewhere")], in: html, markdown: false)
        #expect(marked == "<p><span id=\"s-q9\"></span>Nothing quoted here.</p>")
    }

    @Test func twoQuotesInOneParagraphAreBothMarked() {
        let text = "\"Yes,\" she said, and later \"no.\""
        let html = Markdown.paragraph(text, markdown: false)
        let marked = QuoteMarker.mark([quote("a", "Yes,", start: 1), quote("b", "no.", start: 28)], in: html, markdown: false)
        #expect(marked.contains("<mark class=\"quote\" id=\"a\">Yes,</mark>"))
        #expect(marked.contains("<mark class=\"quote\" id=\"b\">no.</mark>"))
    }

    @Test func wordsInsideALinkTargetAreNotMarked() {
        let html = Markdown.html("See [the report](report.html) on the report.")
        let marked = QuoteMarker.mark([quote("r", "report")], in: html, markdown: true)
        #expect(marked.contains("href=\"report.html\""))
        #expect(marked.contains("<mark class=\"quote\" id=\"r\">report</mark>"))
    }

    @Test func wordDiffShowsChangedWords() {
        let html = WordDiff.html(canonical: "we will leave soon", variant: "we will depart soon")
        #expect(html == "we will <del>leave</del> <ins>depart</ins> soon")
        #expect(!WordDiff.differs("We will “leave” soon", "we will \"leave\" soon"))
        #expect(WordDiff.html(canonical: "we will leave soon", variant: "will leave", fragment: true) == "will leave")
        #expect(WordDiff.differs("we will leave soon", "will go", fragment: true))
    }

    @Test func wordingWithNoWordInCommonIsAnotherPart() {
        let other = WordDiff.diff(.init("We did not want this"), .init("But the agency left us no choice."))
        #expect(other == "<span class=\"muted\">Another part of the statement:</span> But the agency left us no choice.")
        let fragment = WordDiff.diff(.init("We did not want this"), .init("left us <no> choice."), fragment: true)
        #expect(fragment == "<span class=\"muted\">Another part of the statement:</span> left us &lt;no&gt; choice.")
        // Sharing only "we" and "our" is sharing nothing; sharing one word of substance is a rewrite.
        let part = WordDiff.diff(.init("We let our customers down, and I am deeply sorry"), .init("We have rebuilt our systems from the ground up."))
        #expect(part == "<span class=\"muted\">Another part of the statement:</span> We have rebuilt our systems from the ground up.")
        let rewrite = WordDiff.diff(.init("We let our customers down"), .init("We failed our customers badly"))
        #expect(rewrite?.contains("Another part") == false)
    }
}
