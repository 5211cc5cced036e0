import CrosscheckText
import Testing

/// Words get the numbers a Dictionary gives them in order of first use, Unicode equivalence included.
@Suite struct WordNumbersTests {
    @Test func numbersAgreeWithADictionary() {
        // Pieces that spell the same word in two ways: a composed and a decomposed "é", the KELVIN
        // SIGN and "K", the GREEK QUESTION MARK and ";", GREEK VARIA and "`".
        let pieces = ["a", "b", "K", "\u{212A}", "é", "e\u{301}", ";", "\u{037E}", "`", "\u{1FEF}", "’", "ß", "th", "e"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var numbers = WordNumbers()
        var reference: [String: Int] = [:]
        for _ in 0..<20_000 {
            let word = (0..<(1 + next(4))).map { _ in pieces[next(pieces.count)] }.joined()
            let expected = reference[word] ?? reference.count
            reference[word] = expected
            #expect(numbers.number(word) == expected, "\(Array(word.unicodeScalars))")
        }
        #expect(numbers.count == reference.count)
        for (word, number) in reference { #expect(numbers.number(of: word) == number) }
        #expect(numbers.number(of: "absent") == nil)
        #expect(numbers.number(of: "\u{212A}ab") == numbers.number(of: "Kab"))
    }
}

extension WordNumbersTests {
    @Test func numberingInChunksAgreesWithOnePass() {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let lists = (0..<700).map { _ in (0..<next(12)).map { _ in "w\(next(300))" } }
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
