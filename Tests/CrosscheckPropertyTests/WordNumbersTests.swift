import CrosscheckText
import Testing

/// Words get the numbers a Dictionary gives them in order of first use, Unicode equivalence included.
@Suite struct WordNumbersTests {
    @Test func numbersAgreeWithADictionary() {
        // Pieces that spell the same word in two ways: a composed and a decomposed "é", the KELVIN
        // SIGN and "K", the GREEK QUESTION MARK and ";", GREEK VARIA and "`".
        let pieces = ["a", "b", "K", "\u{212A}", "é", "e\u{301}", ";", "\u{037E}", "`", "\u{1FEF}", "’", "ß", "th", "e"]
        var random = Seeded(0x9E37_79B9_7F4A_7C15)
        var numbers = WordNumbers()
        var reference: [String: Int] = [:]
        for _ in 0..<20_000 {
            let word = (0..<(1 + random.next(4))).map { _ in pieces[random.next(pieces.count)] }.joined()
            let expected = reference[word] ?? reference.count
            reference[word] = expected
            #expect(numbers.number(word) == expected, "\(Array(word.unicodeScalars))")
        }
        #expect(numbers.count == reference.count)
        for (word, number) in reference {
            #expect(numbers.number(of: word) == number)
            var bytes = word
            #expect(bytes.withUTF8 { numbers.number(ofUTF8: $0) } == number, "\(Array(word.unicodeScalars))")
        }
        #expect(numbers.number(of: "absent") == nil)
        #expect(Array("absent".utf8).withUnsafeBufferPointer { numbers.number(ofUTF8: $0) } == nil)
        #expect(numbers.number(of: "\u{212A}ab") == numbers.number(of: "Kab"))
    }
}

extension WordNumbersTests {
    @Test func numberingInChunksAgreesWithOnePass() {
        var random = Seeded(42)
        let lists = (0..<700).map { _ in (0..<random.next(12)).map { _ in "w\(random.next(300))" } }
        var one = WordNumbers()
        let expected = lists.map { $0.map { one.number($0) } }
        for chunk in [1, 7, 256, 1_000] {
            let (numbers, ids) = WordNumbers.numbering(lists, chunk: chunk)
            #expect(ids == expected)
            #expect(numbers.words == one.words)
        }
        #expect(WordNumbers.numbering([]).ids.isEmpty)
    }
}
