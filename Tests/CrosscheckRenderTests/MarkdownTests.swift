import Testing
@testable import CrosscheckRender

struct MarkdownTests {
    /// The shortcuts for plain text give what cmark gives, over thousands of texts mixing every
    /// kind of ASCII punctuation, spaces, references, line breaks and characters beyond ASCII.
    @Test func plainTextShortcutsAgreeWithCmark() {
        let pieces = "abcXYZ019 .,;:!?'`*_#-+=~^|/\\()[]{}$%@&<>\"\t\n\u{A0}é\u{301}“”’—…\u{1F600}\u{7F}".map(String.init)
        var texts = SeededTexts()
        for _ in 0..<3000 {
            let text = texts.text(pieces, lengthShift: 58, minimum: 1)
            #expect(Markdown.plainInline(text) == Markdown.inline(text, markdown: false), "\(text.debugDescription)")
            let viaCmark = Markdown.html(Markdown.escape(text)).trimmingTrailingNewlines
            #expect(Markdown.paragraph(text, markdown: false) == viaCmark, "\(text.debugDescription)")
        }
    }

    /// Plain text keeps every character as written: nothing becomes markup.
    @Test(arguments: [
        ("Costs rose *sharply* this year.", "<p>Costs rose *sharply* this year.</p>"),
        ("1. The first point of many.", "<p>1. The first point of many.</p>"),
        ("# Not a heading", "<p># Not a heading</p>"),
        ("- not a list item", "<p>- not a list item</p>"),
        ("    four spaces are not code", "<p>four spaces are not code</p>"),
        ("Tom & Jerry's <b>cafe</b>", "<p>Tom &amp; Jerry's &lt;b&gt;cafe&lt;/b&gt;</p>"),
        ("An entity &amp; stays literal", "<p>An entity &amp;amp; stays literal</p>"),
        ("[a link](https://example.org)", "<p>[a link](https://example.org)</p>"),
        ("snake_case_name and `ticks`", "<p>snake_case_name and `ticks`</p>"),
    ])
    func plainTextIsEscaped(input: String, expected: String) {
        #expect(Markdown.paragraph(input, markdown: false) == expected)
    }

    @Test(arguments: [false, true])
    func scriptNeverComesOutExecutable(markdown: Bool) {
        let html = Markdown.paragraph("Before <script>alert('x')</script> after", markdown: markdown)
        #expect(!html.contains("<script"))
    }

    @Test func javascriptLinkLosesItsTarget() {
        // cmark's safe mode empties the address; the page then keeps only the words.
        #expect(Markdown.html("Read [this](javascript:alert(1)) now.").contains("<a href=\"\">this</a>"))
        let html = Markdown.paragraph("Read [this](javascript:alert(1)) now.", markdown: true)
        #expect(html == "<p>Read <span class=\"link\">this</span> now.</p>")
    }

    @Test(arguments: [
        ("See [the filing](https://example.org/f.pdf).", "<p>See <span class=\"link\">the filing</span>.</p>"),
        ("![A flooded street](//cdn.example/a.jpg)", "<p><span class=\"image\">[image: A flooded street]</span></p>"),
    ])
    func articleLinksStayOffline(input: String, expected: String) {
        #expect(Markdown.paragraph(input, markdown: true) == expected)
    }

    @Test func markdownKeepsEmphasisAndDemotesHeadings() {
        #expect(Markdown.paragraph("A **bold** claim", markdown: true) == "<p>A <strong>bold</strong> claim</p>")
        #expect(Markdown.paragraph("## Section", markdown: true) == "<p class=\"subhead\">Section</p>")
    }

    @Test func rawHTMLIsDroppedInMarkdown() {
        let html = Markdown.paragraph("<img src=x onerror=alert(1)>", markdown: true)
        #expect(!html.contains("<img"))
    }
}
