import CrosscheckText
import Testing

@testable import CrosscheckQuotes

/// The byte path for ASCII names gives the keys the character path gives.
@Suite struct PhoneticTests {
    @Test func bytesAndCharactersGiveTheSameKeys() {
        let pieces = ["a", "e", "y", "h", "p", "k", "c", "x", "q", "w", "z", "s", "t", "d", "g", "m", "M", "Ph", "ck", "-", "'"]
        var random = Seeded(7)
        for _ in 0..<5_000 {
            let word = (0..<random.next(9)).map { _ in pieces[random.next(pieces.count)] }.joined()
            let letters = Folding.fold(word).letters.characterArray
            let bytes = letters.compactMap(\.asciiByte)
            #expect(NameKey.phonetic(ascii: bytes) == NameKey.phonetic(characters: letters), "\(word)")
        }
        #expect(NameKey.phonetic("Mahdi") == NameKey.phonetic("Mehdi"))
        #expect(NameKey.phonetic("Ñúñez") == NameKey.phonetic("Nunez"))
    }
}
