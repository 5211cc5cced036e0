@testable import CrosscheckText
import PropertyBased
import Testing

/// Sentences of plain text with curly quotes and dashes are cut from the bytes: they must be the
/// sentences the walk over Characters finds.
@Suite struct SentenceSplitTests {
    static let pieces = [
        "Dr", "Mr", "U.S", "a.m", "T", "No", "etc", "word", "Esper", "12", "3.5", " ", " ", "  ", "\n", "\t",
        ".", ".", "?", "!", "...", ",", "\"", "'", "(", ")", "[", "]", "-", "\u{201C}", "\u{201D}", "\u{2018}",
        "\u{2019}", "\u{2013}", "\u{2014}", "\u{2026}", "\u{2022}",
    ]
    static let text = Gen<String?>.element(of: pieces).map { $0! }.array(of: 0...60).map { $0.joined() }

    static func byCharacters(_ text: String) -> [String] {
        let characters = Array(text)
        return Sentences.ranges(in: text).map { String(characters[$0]) }
    }

    @Test func bytesCutWhatCharactersCut() async {
        await propertyCheck(count: 500, input: Self.text) { text in
            #expect(Sentences.bytesSplitLikeCharacters(Array(text.utf8)))
            #expect(Sentences.split(text) == Self.byCharacters(text))
        }
    }

    @Test(arguments: ["caf\u{E9}. Next", "A\u{00A0}. B", "x\r\ny. Z", "E\u{301}. Macron", "\u{1F600}. Hi"])
    func otherTextTakesTheCharacterWalk(_ text: String) {
        #expect(!Sentences.bytesSplitLikeCharacters(Array(text.utf8)))
        #expect(Sentences.split(text) == Self.byCharacters(text))
    }
}
