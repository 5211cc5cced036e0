import CrosscheckText

/// One word or punctuation mark of a sentence, with the case and spacing the detectors need.
struct Token: Sendable, Hashable {
    /// The text as written.
    var text: String
    /// Lowercased form used for counting across sources (curly apostrophes made straight).
    var lower: String
    var isWord: Bool
    /// Whether white space came before it (a stray `Iraq .` has a space, `Iraq.` has none).
    var spaceBefore: Bool
    // Worked out once: character properties are slow to look up and every detector asks.
    var isCapitalized: Bool
    var isLowercase: Bool
    /// Letters only, no digits: candidates for typos and names.
    var isAlphabetic: Bool

    init(text: String, lower: String, isWord: Bool, spaceBefore: Bool) {
        self.init(text: text, lower: lower, isWord: isWord, spaceBefore: spaceBefore, scalars: text.unicodeScalars)
    }

    init(text: String, lower: String, isWord: Bool, spaceBefore: Bool, isCapitalized: Bool, isLowercase: Bool, isAlphabetic: Bool) {
        self.text = text
        self.lower = lower
        self.isWord = isWord
        self.spaceBefore = spaceBefore
        self.isCapitalized = isCapitalized
        self.isLowercase = isLowercase
        self.isAlphabetic = isAlphabetic
    }

    /// The same, with the text's scalars as the tokenizer has them, not read again from the string.
    init<Scalars: Collection<Unicode.Scalar>>(text: String, lower: String, isWord: Bool, spaceBefore: Bool, scalars: Scalars) {
        self.text = text
        self.lower = lower
        self.isWord = isWord
        self.spaceBefore = spaceBefore
        let first = scalars.first
        isCapitalized = isWord && first.map(Tokenizer.isUpper) == true
        isLowercase = isWord && first.map(Tokenizer.isLower) == true
        isAlphabetic = isWord && scalars.allSatisfy { Tokenizer.isLetter($0) || $0 == "'" || $0 == "\u{2019}" || $0 == "-" }
    }
}

/// Splits text into word and punctuation tokens, working on Unicode scalars with a fast path for ASCII.
enum Tokenizer {
    static func tokens(_ text: String) -> [Token] {
        // One pass over the string: `Array(text.unicodeScalars)` counts the scalars before copying them.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        var out: [Token] = []
        out.reserveCapacity(scalars.count / 5)
        var i = 0
        var space = true
        while i < scalars.count {
            let ch = scalars[i]
            if isSpace(ch) {
                space = true
                i += 1
                continue
            }
            if isLetter(ch) || isDigit(ch) {
                var j = i + 1
                while j < scalars.count {
                    let c = scalars[j]
                    if isLetter(c) || isDigit(c) || isMark(c) {
                        j += 1
                    } else if isJoiner(c), j + 1 < scalars.count, isLetter(scalars[j + 1]) || isDigit(scalars[j + 1]),
                              c != "." || isInitialism(scalars, start: i, dot: j) {
                        j += 1
                    } else if c == ".", j + 1 < scalars.count, isDigit(scalars[j + 1]), isDigit(scalars[j - 1]) {
                        j += 1  // decimals: 2.5
                    } else {
                        break
                    }
                }
                // Keep the closing dot of an initialism ("U.S.") in the word.
                if j < scalars.count, scalars[j] == ".", isInitialism(scalars, start: i, dot: j), j - i >= 3 { j += 1 }
                let word = scalars[i..<j]
                if let token = asciiWord(word, spaceBefore: space) {
                    // Plain ASCII words (most, even in text with curly quotes) are written as bytes.
                    out.append(token)
                } else {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: word)
                    let text = String(view)
                    out.append(Token(text: text, lower: fold(text), isWord: true, spaceBefore: space, scalars: word))
                }
                i = j
            } else {
                let mark: String
                if ch.value < 0x80 {
                    mark = asciiMarks[Int(ch.value)]
                } else {
                    var view = String.UnicodeScalarView()
                    view.append(ch)
                    mark = String(view)
                }
                out.append(
                    Token(text: mark, lower: mark, isWord: false, spaceBefore: space, isCapitalized: false, isLowercase: false, isAlphabetic: false))
                i += 1
            }
            space = false
        }
        return out
    }

    /// The token of a word all of ASCII, its case read off the bytes in the one pass that classes
    /// them; nil for any other word.
    private static func asciiWord(_ word: ArraySlice<Unicode.Scalar>, spaceBefore: Bool) -> Token? {
        var upper = false, alphabetic = true
        for scalar in word {
            let value = scalar.value
            guard value < 0x80 else { return nil }
            let isUpper = (0x41...0x5A).contains(value)
            upper = upper || isUpper
            alphabetic = alphabetic && (isUpper || (0x61...0x7A).contains(value) || value == 0x27 || value == 0x2D)
        }
        let text = ascii(word, lowercased: false)
        let first = word[word.startIndex].value
        return Token(
            text: text, lower: upper ? ascii(word, lowercased: true) : text, isWord: true, spaceBefore: spaceBefore,
            isCapitalized: (0x41...0x5A).contains(first), isLowercase: (0x61...0x7A).contains(first), isAlphabetic: alphabetic)
    }

    /// An ASCII word's scalars as a string, written straight into its storage.
    private static func ascii(_ word: ArraySlice<Unicode.Scalar>, lowercased: Bool) -> String {
        String(unsafeUninitializedCapacity: word.count) { buffer in
            for (k, scalar) in word.enumerated() {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                buffer[k] = lowercased && (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            }
            return word.count
        }
    }

    private static let asciiMarks: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    /// Marks that join a word's parts: `don't`, `Iraq’s`, `well-known`, `U.S`.
    private static func isJoiner(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "-" || c == "."
    }

    /// `U.S`, `U.N`: single letters separated by dots.
    private static func isInitialism(_ chars: [Unicode.Scalar], start: Int, dot: Int) -> Bool {
        guard dot - start >= 1 else { return false }
        var k = start
        while k < dot {
            guard isLetter(chars[k]) else { return false }
            if k + 1 < dot, chars[k + 1] != "." { return false }
            k += 2
        }
        return true
    }

    static func fold(_ word: String) -> String {
        if word.utf8.allBytes({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) { return word }
        return String(word.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value) : s.properties.isAlphabetic
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (0x30...0x39).contains(s.value) : s.properties.numericType != nil
    }

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (0x41...0x5A).contains(s.value) : s.properties.isUppercase
    }

    static func isLower(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (0x61...0x7A).contains(s.value) : s.properties.isLowercase
    }

    /// Combining marks stay inside the word they modify.
    static func isMark(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x300 && (s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .spacingMark)
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s == " " || s == "\n" || s == "\t" || s == "\r" : s.properties.isWhitespace
    }
}
