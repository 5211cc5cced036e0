import CrosscheckText
import Testing

@testable import CrosscheckQuotes

/// The byte path for ASCII names gives the keys the character path gives.
@Suite struct PhoneticTests {
    /// The key as made from characters alone, kept here as the reference.
    static func reference(_ word: String) -> String {
        let digraphs: [Character: Character] = ["p": "f", "k": "k", "g": "g", "d": "d", "t": "t", "s": "s"]
        let singles: [Character: Character] = ["q": "k", "w": "v", "z": "s", "c": "k"]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        let letters = Array(Folding.fold(word).filter { $0.isLetter })
        var s: [Character] = []
        var i = 0
        while i < letters.count {
            let c = letters[i]
            let next: Character? = i + 1 < letters.count ? letters[i + 1] : nil
            if next == "h", let mapped = digraphs[c] {
                s.append(mapped)
                i += 2
            } else if c == "c", next == "k" {
                s.append("k")
                i += 2
            } else {
                if c == "x" { s.append(contentsOf: ["k", "s"]) } else { s.append(singles[c] ?? c) }
                i += 1
            }
        }
        var out = ""
        for (n, ch) in s.enumerated() {
            if n == 0 {
                out.append(vowels.contains(ch) ? "a" : ch)
            } else if !vowels.contains(ch), out.last != ch {
                out.append(ch)
            }
        }
        return out
    }

    @Test func keysAgreeWithTheReference() {
        let pieces = ["a", "e", "y", "h", "p", "k", "c", "x", "q", "w", "z", "s", "t", "d", "g", "m", "M", "Ph", "ck", "é", "ñ", "ø", "-", "'", "ß"]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for _ in 0..<5_000 {
            let word = (0..<next(9)).map { _ in pieces[next(pieces.count)] }.joined()
            #expect(NameKey.phonetic(word) == Self.reference(word), "\(word)")
        }
        #expect(NameKey.phonetic("Mahdi") == NameKey.phonetic("Mehdi"))
    }
}
