import CrosscheckText
import Testing

/// Folding reads UTF-8 bytes; each kind of scalar it treats apart is here once.
struct FoldingTests {
    @Test func foldsEachKindOfScalar() {
        let text = "\u{DC}n\u{EF}code \u{201C}Quotes\u{201D} \u{2014} dash\u{2026} \u{FF21}\u{FF22}\u{FF23}\u{2003}x\u{301} `tick\u{B4}\t\u{3A9} \r\n"
        #expect(Folding.fold(text) == "unicode \"quotes\" - dash... abc x 'tick' \u{3C9}")
        #expect(Folding.words(text) == ["unicode", "quotes", "dash", "abc", "x", "tick", "\u{3C9}"])
        #expect(Folding.words(text, longerThan: 3) == ["unicode", "quotes", "dash", "tick"])
        #expect(Folding.words("the end's near", longerThan: 3) == ["end's", "near"])
    }
}
