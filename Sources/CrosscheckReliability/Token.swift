/// One word or punctuation mark of a sentence, with the case and spacing the detectors need.
struct Token: Sendable, Hashable {
    /// The text as written.
    var text: String
    /// Folded form used for counting across sources.
    var lower: String
    var isWord: Bool
    /// Whether white space came before it (a stray `Iraq .` has a space, `Iraq.` has none).
    var spaceBefore: Bool
    /// Character offset of the token in its sentence.
    var offset: Int

    var isCapitalized: Bool { isWord && (text.first?.isUppercase ?? false) }
    var isLowercase: Bool { isWord && (text.first?.isLowercase ?? false) }
    /// Letters only, no digits: candidates for typos and names.
    var isAlphabetic: Bool { isWord && text.allSatisfy { $0.isLetter || $0 == "'" || $0 == "\u{2019}" || $0 == "-" } }
}

/// Splits text into word and punctuation tokens.
enum Tokenizer {
    static func tokens(_ text: String) -> [Token] {
        let chars = Array(text)
        var out: [Token] = []
        var i = 0
        var space = true
        while i < chars.count {
            let ch = chars[i]
            if ch.isWhitespace {
                space = true
                i += 1
                continue
            }
            if ch.isLetter || ch.isNumber {
                var j = i + 1
                while j < chars.count {
                    let c = chars[j]
                    if c.isLetter || c.isNumber {
                        j += 1
                    } else if joiners.contains(c), j + 1 < chars.count, chars[j + 1].isLetter || chars[j + 1].isNumber,
                              c != "." || isInitialism(chars, start: i, dot: j) {
                        j += 1
                    } else if c == ".", j + 1 < chars.count, chars[j + 1].isNumber, chars[j - 1].isNumber {
                        j += 1  // decimals: 2.5
                    } else {
                        break
                    }
                }
                // Keep the closing dot of an initialism ("U.S.") in the word.
                if j < chars.count, chars[j] == ".", isInitialism(chars, start: i, dot: j), j - i >= 3 { j += 1 }
                let word = String(chars[i..<j])
                out.append(Token(text: word, lower: fold(word), isWord: true, spaceBefore: space, offset: i))
                i = j
            } else {
                out.append(Token(text: String(ch), lower: String(ch), isWord: false, spaceBefore: space, offset: i))
                i += 1
            }
            space = false
        }
        return out
    }

    private static let joiners: Set<Character> = ["'", "\u{2019}", "-", "."]

    /// `U.S`, `U.N`: single letters separated by dots.
    private static func isInitialism(_ chars: [Character], start: Int, dot: Int) -> Bool {
        guard dot - start >= 1 else { return false }
        var k = start
        while k < dot {
            guard chars[k].isLetter else { return false }
            if k + 1 < dot, chars[k + 1] != "." { return false }
            k += 2
        }
        return true
    }

    static func fold(_ word: String) -> String {
        String(word.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
    }
}
