import Testing

@testable import CrosscheckQuotes

struct ScanCase: Sendable, CustomTestStringConvertible {
    let text: String
    let quotes: [String]
    var unclosed: [Bool] = []
    var testDescription: String { text }
}

@Suite struct QuoteScannerTests {
    static let cases: [ScanCase] = [
        // Curly and straight double marks.
        ScanCase(text: "“We will win the vote,” she said.", quotes: ["We will win the vote"]),
        ScanCase(text: "\"We will win the vote,\" she said.", quotes: ["We will win the vote"]),
        // British single marks with apostrophes inside words and plural possessives.
        ScanCase(text: "'There's no doubt Norway's army is ready,' he said.", quotes: ["There's no doubt Norway's army is ready"]),
        ScanCase(text: "'We know they've left the valley,' the mayor said.", quotes: ["We know they've left the valley"]),
        ScanCase(text: "'The officers' union will strike on Monday,' Ms Lane said.", quotes: ["The officers' union will strike on Monday"]),
        ScanCase(text: "‘It isn’t over yet,’ the coach said.", quotes: ["It isn’t over yet"]),
        // An opening curly mark closed by a straight one.
        ScanCase(text: "“It is over now.\" she said.", quotes: ["It is over now."]),
        // A quotation split by its attribution.
        ScanCase(text: "\"The first part is done,\" he said. \"The second will follow.\"", quotes: ["The first part is done", "The second will follow."]),
        // Cut off by a scrape: runs to the end of the paragraph.
        ScanCase(text: "He told the crowd, “we are going to march until", quotes: ["we are going to march until"], unclosed: [true]),
        // Ellipses and square-bracket insertions stay inside the quotation.
        ScanCase(text: "“…It was wrong,” she said.", quotes: ["…It was wrong"]),
        ScanCase(text: "\"We tried ... [and] we failed,\" he said.", quotes: ["We tried ... [and] we failed"]),
        // Nested quotations of the other kind are part of the outer one.
        ScanCase(text: "\"He told me 'never again' and left,\" she said.", quotes: ["He told me 'never again' and left"]),
        ScanCase(text: "'He called it \"a disgrace\" twice,' she said.", quotes: ["He called it \"a disgrace\" twice"]),
        // Apostrophes that open no quotation.
        ScanCase(text: "The '90s were a good decade for rock 'n' roll bands.", quotes: []),
        ScanCase(text: "Iraq 's army and the farmers' market reopened.", quotes: []),
        // A quotation glued to the sentence before it by a bad scrape.
        ScanCase(text: "A note came.\"Sir, we are leaving soon,\" read the note.", quotes: ["Sir, we are leaving soon"]),
        // A single-marked run left open to the end of the paragraph.
        ScanCase(text: "She said it was 'necessary to rebuild the old harbour wall.", quotes: ["necessary to rebuild the old harbour wall."], unclosed: [true]),
        // A closing straight mark left after a space.
        ScanCase(text: "He said, \"we will go on. \"", quotes: ["we will go on."]),
        // A curly mark inside a word is an apostrophe; German marks close with “.
        ScanCase(text: "We don‘t know, the farmer said.", quotes: []),
        ScanCase(text: "„Wir bleiben hier“, sagte er.", quotes: ["Wir bleiben hier"]),
        // Guillemets.
        ScanCase(text: "«We stay here,» the farmer said.", quotes: ["We stay here"]),
    ]

    @Test(arguments: cases)
    func findsQuotations(_ c: ScanCase) {
        let chars = Array(c.text)
        let spans = QuoteScanner.scan(chars)
        #expect(spans.map { String(chars[$0.start..<$0.end]) } == c.quotes)
        if !c.unclosed.isEmpty {
            #expect(spans.map { $0.close == nil } == c.unclosed)
        }
    }
}
