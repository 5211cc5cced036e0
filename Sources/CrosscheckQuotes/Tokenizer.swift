import CrosscheckText

/// A word, a punctuation mark or a whole quotation in a paragraph's own text.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case word
        case punct
        /// A quotation, marks included; the number is its place in the paragraph's spans.
        case quote(Int)
    }

    var kind: Kind
    var text: String
    /// Lowercased, possessive "'s" and dots taken off ("Iraq’s" → "iraq", "Gen." → "gen").
    var key: String
    var range: Range<Int>
    /// Set on a full stop, question or exclamation mark that ends a sentence.
    var endsSentence = false
    // Worked out once: the analysis asks these of every token many times.
    let isCapitalized: Bool
    /// A single capital, as in "Mark T. Esper" or "William H Seely".
    let isInitial: Bool
    let isPossessive: Bool

    init(kind: Kind, text: String, key: String, range: Range<Int>) {
        self.kind = kind
        self.text = text
        self.key = key
        self.range = range
        let upper = kind == .word && Self.startsUppercase(text)
        isCapitalized = upper
        isInitial = upper && (text.utf8.count == 1 || text.count == 1)
        isPossessive = kind == .word && Self.endsPossessive(text)
    }

    /// An ASCII first byte decides alone, even before a combining mark: Á written as A and an accent is
    /// uppercase, é written as e and an accent is not, and neither is a digit or a mark.
    private static func startsUppercase(_ text: String) -> Bool {
        guard let byte = text.utf8.firstByte else { return false }
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        return text.first?.isUppercase ?? false
    }

    /// Ends in `’s` or `'s`. Only a word whose last bytes are those can; the bytes rule out the rest
    /// cheaply, and comparing characters decides the few that remain.
    private static func endsPossessive(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.lastByte == 0x73 else { return false }
        let bytes = utf8.dropLast()
        guard bytes.last == 0x27 || bytes.suffix(3).elementsEqual([0xE2, 0x80, 0x99]) else { return false }
        return text.hasSuffix("’s") || text.hasSuffix("'s")
    }

    var isWord: Bool { kind == .word }
    var quoteIndex: Int? {
        if case .quote(let n) = kind { return n }
        return nil
    }
}

/// Splits a paragraph into tokens, with each quotation folded into one token.
enum Tokenizer {
    static func tokens(_ chars: [Character], quotes: [QuoteSpan], slicer: CharacterSlicer) -> [Token] {
        var out: [Token] = []
        // About one token in five characters of English prose: growing the array by doubling from
        // empty copied every token several times.
        out.reserveCapacity(chars.count / 5 + 4)
        // Spans come in reading order, so a cursor finds the one opening here without hashing.
        let ordered = zip(quotes, quotes.dropFirst()).allSatisfy { $0.open < $1.open }
        var opens: [Int: Int] = [:]
        if !ordered { for (n, span) in quotes.enumerated() { opens[span.open] = n } }
        var cursor = 0
        func quote(at i: Int) -> Int? {
            guard ordered else { return opens[i] }
            while cursor < quotes.count, quotes[cursor].open < i { cursor += 1 }
            return cursor < quotes.count && quotes[cursor].open == i ? cursor : nil
        }
        var i = 0
        while i < chars.count {
            if let n = quote(at: i) {
                let end = quotes[n].after
                out.append(Token(kind: .quote(n), text: "", key: "", range: i..<end))
                i = end
                continue
            }
            let c = chars[i]
            if c.asciiByte.map({ $0 == 0x20 || (0x09...0x0D).contains($0) }) ?? c.isWhitespace {
                i += 1
            } else if isWordCharacter(c) {
                let end = wordEnd(chars, from: i)
                let text = slicer.text(i..<end)
                out.append(Token(kind: .word, text: text, key: key(text), range: i..<end))
                i = end
            } else {
                var end = i + 1
                if c == ".", end + 1 < chars.count, chars[end] == ".", chars[end + 1] == "." { end += 2 }
                let text = slicer.text(i..<end)
                out.append(Token(kind: .punct, text: text, key: text, range: i..<end))
                i = end
            }
        }
        markSentenceEnds(&out, chars)
        return out
    }

    /// Letters, digits and combining marks, with a fast path for ASCII.
    static func isWordCharacter(_ c: Character) -> Bool {
        if let a = c.asciiByte { return (a >= 97 && a <= 122) || (a >= 65 && a <= 90) || (a >= 48 && a <= 57) }
        return c.isLetter || c.isNumber || c.unicodeScalars.first!.properties.generalCategory == .nonspacingMark
    }

    /// Lowercased word without a possessive ending or dots.
    static func key(_ text: String) -> String {
        var utf8 = text
        if let key = utf8.withUTF8({ asciiKey($0, text) }) { return key }
        var chars = Array(text)
        if chars.count >= 2, chars[chars.count - 1] == "s", chars[chars.count - 2] == "’" || chars[chars.count - 2] == "'" {
            chars.removeLast(2)
        }
        if let last = chars.last, last == "’" || last == "'" { chars.removeLast() }
        var out = ""
        out.reserveCapacity(chars.count)
        for c in chars where c != "." {
            if let a = c.asciiByte {
                out.append(a >= 65 && a <= 90 ? Character(Unicode.Scalar(a + 32)) : c)
            } else {
                out += c.lowercased()
            }
        }
        return out
    }

    /// The same steps on bytes, for plain ASCII words, written straight into the key's storage; a
    /// word that the steps leave as it is (most: no capital, dot or apostrophe) is its own key, shared.
    private static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> String? {
        var changes = false
        for b in bytes {
            guard b < 0x80 else { return nil }
            changes = changes || b &- 65 < 26 || b == 0x2E || b == 0x27
        }
        guard changes else { return text }
        var end = bytes.count
        if end >= 2, bytes[end - 1] == 0x73, bytes[end - 2] == 0x27 { end -= 2 }
        if end >= 1, bytes[end - 1] == 0x27 { end -= 1 }
        return String(unsafeUninitializedCapacity: end) { out in
            var n = 0
            for b in bytes[..<end] where b != 0x2E {
                out[n] = b >= 65 && b <= 90 ? b + 32 : b
                n += 1
            }
            return n
        }
    }

    private static func wordEnd(_ chars: [Character], from start: Int) -> Int {
        var j = start
        var segment = 0
        while j < chars.count {
            let c = chars[j]
            if isWordCharacter(c) {
                j += 1
                segment += 1
                continue
            }
            // Most words end at a space or a mark that joins nothing: one ASCII test rules those out.
            if let a = c.asciiByte, a != 0x27, a != 0x2D, a != 0x2C, a != 0x2E { break }
            let next: Character? = j + 1 < chars.count ? chars[j + 1] : nil
            if (c == "'" || c == "\u{2019}" || c == "-" || c == "\u{2010}"), let n = next, n.isLetter || n.isNumber {
                j += 1
                segment = 0
                continue
            }
            if c == ",", let n = next, n.isNumber, chars[j - 1].isNumber {
                j += 1
                continue
            }
            if c == ".", segment == 1, let n = next, n.isLetter,
               j + 2 >= chars.count || !chars[j + 2].isLetter || chars[j + 2] == "."
            {
                // "U.S" in "U.S.": single letters joined by dots.
                j += 1
                segment = 0
                continue
            }
            break
        }
        // Keep the last dot of "U.S." with the word.
        if j < chars.count, chars[j] == ".", j - start >= 3, chars[j - 2] == ".", chars[start..<j].count <= 6 {
            j += 1
        }
        return j
    }

    private static func markSentenceEnds(_ tokens: inout [Token], _ chars: [Character]) {
        // A quotation that ends its own sentence, followed by a new one: `... by "mistake." The move`.
        for i in tokens.indices where tokens[i].quoteIndex != nil && i + 1 < tokens.count {
            let inner = chars[tokens[i].range].last { !QuoteScanner.isQuoteMark($0) && !$0.isWhitespace }
            // Not after "?" or "!": `"Why?" Roe asked.` keeps its attribution.
            guard let last = inner, last == "." || last == "\u{2026}", tokens[i + 1].isCapitalized else { continue }
            tokens[i].endsSentence = true
        }
        for i in tokens.indices where tokens[i].kind == .punct && [".", "?", "!", "..."].contains(tokens[i].text) {
            guard i + 1 < tokens.count else {
                tokens[i].endsSentence = true
                continue
            }
            let next = tokens[i + 1]
            let nextStarts = next.quoteIndex != nil || next.isCapitalized || next.text.first?.isNumber == true
            guard nextStarts else { continue }
            if tokens[i].text == ".", i > 0, tokens[i - 1].isWord {
                let prev = tokens[i - 1]
                if prev.isInitial || abbreviations.contains(prev.key) { continue }
            }
            tokens[i].endsSentence = true
        }
    }

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "brig", "rep",
        "sen", "gov", "st", "sr", "jr", "rev", "hon", "no", "vs", "jan", "feb", "aug", "sept", "sep", "oct", "nov",
        "dec", "cpl", "pvt", "supt", "det", "insp", "amb", "pres", "fr", "mt", "ft", "corp", "inc", "co", "ltd", "bros",
    ]
}
