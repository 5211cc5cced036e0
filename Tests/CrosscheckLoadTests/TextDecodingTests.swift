import Testing

@testable import CrosscheckLoad

/// Line ends and invisible characters, each rule once, between plain letters and kept characters.
struct TextDecodingTests {
    @Test func normalizesEachKindOfCharacter() {
        let text = "a\r\nb\rc\td\u{0C}e\u{01}f\u{7F}g\u{85}h\u{A0}i\u{200B}j\u{200E}k\u{202A}l\u{2066}m\u{FEFF}n\u{2028}o\u{2029}p \u{E9}\u{2019}\u{20AC}\u{A2}"
        #expect(TextDecoding.normalize(text) == "a\nb\nc d efgh ijklmn\no\np \u{E9}\u{2019}\u{20AC}\u{A2}")
        #expect(TextDecoding.normalize("plain text, no change") == "plain text, no change")
        #expect(TextDecoding.normalize("\r") == "\n")
    }
}
