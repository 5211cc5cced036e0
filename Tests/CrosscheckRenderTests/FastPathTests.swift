import Foundation
import Testing
@testable import CrosscheckRender

/// Byte-level shortcuts must give what the general walks give.
struct FastPathTests {
    static let texts = [
        "plain words", "  padded  ", "ends with a line\n", "\u{201C}curly quoted\u{201D}", "\u{00A0}no-break space\u{00A0}",
        "tab\there", "é accented é", "", " ", "multi\r\nline\u{2028}text", "\u{3000}ideographic space", "trailing\u{85}",
        "a—dash", "emoji 👍🏽", "Ünïcödé  words\u{2009}thin",
    ]

    @Test(arguments: texts) func trimmingMatchesFoundation(_ text: String) {
        #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test(arguments: texts) func wordSplitMatchesCharacterSplit(_ text: String) {
        #expect(WordDiff.split(text) == text.split(whereSeparator: { $0.isWhitespace }).map(String.init))
    }

    @Test(arguments: [
        ("Rock & roll <live>", "Rock &amp; roll &lt;live&gt;"), ("it's \"fine\"", "it&#39;s &quot;fine&quot;"),
        ("no specials", "no specials"), ("<\u{338} stays whole", "<\u{338} stays whole"),
    ])
    func escapingWorksOnWholeCharacters(_ text: String, _ expected: String) {
        #expect(HTML.escape(text) == expected)
    }

    @Test(arguments: [("Plain-id_9", "Plain-id_9"), ("a.b c", "a_b_c"), ("é", "_"), ("", "x"), ("../x", "___x")])
    func safeIDKeepsOnlyLettersDigitsAndDashes(_ id: String, _ expected: String) {
        #expect(HTML.safeID(id) == expected)
    }
}
