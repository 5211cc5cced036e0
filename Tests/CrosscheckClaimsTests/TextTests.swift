import Testing
@testable import CrosscheckClaims
import CrosscheckText

private func sentences(_ text: String) -> [String] {
    let paragraph = ParagraphText(text)
    return Sentences.ranges(in: paragraph).map { paragraph.string($0) }
}

@Test(arguments: [
    ("Gen. Ada Park arrived. She left at noon.", 2),
    ("U.S. forces left on Jan. 5 and returned.", 1),
    ("“It was late,” he said. Then he left.", 2),
    ("The café in Zürich closed. Élise moved on.", 2),
    ("Mark T. Esper spoke.", 1),
])
func splitsSentencesLikeTheSharedSplitter(_ text: String, _ count: Int) {
    #expect(sentences(text).count == count)
}

@Test(arguments: [
    ("'We are leaving,' she said.", ["We are leaving,"]),
    ("Iraq's parliament met; it's late.", []),
    ("He called it \u{201C}a mistake\u{201D} and left.", ["a mistake"]),
    ("The \"draft\" was poor.", ["draft"]),
    ("He said \u{201C}we will stay", ["we will stay"]),
])
func findsQuotationMarksNotApostrophes(_ text: String, _ quoted: [String]) {
    let paragraph = ParagraphText(text)
    #expect(QuoteSpans.find(in: paragraph).map { paragraph.string($0) } == quoted)
}

@Test func tokensKeepAbbreviationsFiguresAndPossessives() {
    let paragraph = ParagraphText("The U.S. Navy’s 5,200 sailors met Gen. al-Amin.")
    let tokens = ClaimTokenizer.tokenize(paragraph, range: 0..<paragraph.count, quoted: [])
    #expect(tokens.map(\.lower) == ["the", "u.s", "navy", "5,200", "sailors", "met", "gen", "al-amin", "."])
    #expect(tokens[2].possessive)
    #expect(tokens[3].kind == .number)
}

@Test func copyDetectorGroupsNearCopiesOnly() {
    let base = (0..<120).map { "word\($0 % 37)-\($0)" }
    var edited = base
    edited[60] = "changed"
    let other = (0..<120).map { "other\($0)" }
    let groups = CopyDetector().groups([("a", base), ("b", edited), ("c", other)])
    #expect(groups["a"] == "a")
    #expect(groups["b"] == "a")
    #expect(groups["c"] == "c")
}
