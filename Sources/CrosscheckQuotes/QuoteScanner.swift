import CrosscheckText

/// One run of quoted words in a paragraph, found from its marks alone.
struct QuoteSpan: Sendable, Hashable {
    /// Index of the opening mark.
    var open: Int
    /// The quoted words, marks and surrounding spaces excluded: `start..<end`.
    var start: Int
    var end: Int
    /// Index of the closing mark; nil when the paragraph ends (or a new quote opens) first.
    var close: Int?
    /// Whether single marks ('...') enclose it rather than double ones.
    var single: Bool

    /// The index just past the whole quotation, marks included.
    var after: Int { (close ?? (end - 1)) + 1 }
}

/// Finds quotations by their marks: curly and straight, double and single, nested and mixed.
enum QuoteScanner {
    static let doubleOpeners = Marks([0x201C, 0x201E, 0x201F, 0x00AB])
    static let doubleClosers = Marks([0x201D, 0x00BB])
    static let singleOpeners = Marks([0x2018, 0x201B, 0x2039])
    static let singleClosers = Marks([0x2019, 0x203A])

    /// Quote marks of one kind, told by their scalar: hashing a Character is slow, and none of these
    /// marks decomposes, so only a character of that one scalar is the mark.
    struct Marks: Sendable {
        let scalars: [UInt32]

        init(_ scalars: [UInt32]) { self.scalars = scalars }

        func contains(_ c: Character) -> Bool {
            let view = c.unicodeScalars
            guard let first = view.first, view.index(after: view.startIndex) == view.endIndex else { return false }
            return scalars.contains(first.value)
        }
    }

    static func isQuoteMark(_ c: Character) -> Bool {
        // Hashing a Character is slow; among ASCII only the straight marks count.
        if let a = c.asciiByte { return a == 0x22 || a == 0x27 }
        return c == "\"" || c == "'" || doubleOpeners.contains(c) || doubleClosers.contains(c) || singleOpeners.contains(c)
            || singleClosers.contains(c)
    }

    static func scan(_ text: String) -> [QuoteSpan] { scan(Array(text)) }

    static func scan(_ chars: [Character]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if let a = c.asciiByte, a != 0x22, a != 0x27 {
                i += 1
                continue
            }
            var found: QuoteSpan?
            if doubleOpeners.contains(c) || (c == "\"" && hasWordAfter(chars, i)) {
                found = closeDouble(chars, from: i)
            } else if singleOpeners.contains(c) && !(i > 0 && Tokenizer.isWordCharacter(chars[i - 1])) || (c == "'" && opensSingle(chars, i)) {
                found = closeSingle(chars, from: i)
            }
            if let span = found, let trimmed = trim(span, chars) {
                spans.append(trimmed)
                i = trimmed.after
            } else {
                i += 1
            }
        }
        return spans
    }

    private static func closeDouble(_ chars: [Character], from open: Int) -> QuoteSpan {
        var j = open + 1
        while j < chars.count {
            let c = chars[j]
            if let a = c.asciiByte, a != 0x22 {
                j += 1
                continue
            }
            if doubleClosers.contains(c) {
                return QuoteSpan(open: open, start: open + 1, end: j, close: j, single: false)
            }
            if c == "\"" {
                // A mark after a word closes; so does one with nothing after it ("them. \"").
                if j > 0, !chars[j - 1].isWhitespace || j + 1 == chars.count || chars[j + 1].isWhitespace {
                    return QuoteSpan(open: open, start: open + 1, end: j, close: j, single: false)
                }
                // A straight mark after a space opens the next quote: this one was never closed.
                return QuoteSpan(open: open, start: open + 1, end: j, close: nil, single: false)
            }
            // German style „...“ closes with the mark English opens with.
            if c == "\u{201C}", chars[open] == "\u{201E}" {
                return QuoteSpan(open: open, start: open + 1, end: j, close: j, single: false)
            }
            if doubleOpeners.contains(c) {
                return QuoteSpan(open: open, start: open + 1, end: j, close: nil, single: false)
            }
            j += 1
        }
        return QuoteSpan(open: open, start: open + 1, end: chars.count, close: nil, single: false)
    }

    private static func closeSingle(_ chars: [Character], from open: Int) -> QuoteSpan? {
        var candidates: [Int] = []
        var j = open + 1
        while j < chars.count {
            let c = chars[j]
            if c.asciiByte.map({ $0 == 0x27 }) ?? singleClosers.contains(c), closesHere(chars, j) {
                candidates.append(j)
            }
            j += 1
        }
        for (n, j) in candidates.enumerated() where !(n + 1 < candidates.count && isPossessive(chars, j)) {
            return QuoteSpan(open: open, start: open + 1, end: j, close: j, single: true)
        }
        // Unclosed single marks are trusted only for a long run that opens the paragraph or a sentence.
        let words = chars[(open + 1)...].split(whereSeparator: { $0.isWhitespace }).count
        if words >= 4 {
            return QuoteSpan(open: open, start: open + 1, end: chars.count, close: nil, single: true)
        }
        return nil
    }

    /// A straight double mark opens a quotation only when words follow it.
    private static func hasWordAfter(_ chars: [Character], _ i: Int) -> Bool {
        i + 1 < chars.count && !chars[i + 1].isWhitespace
    }

    /// A straight single mark opens only after a space or bracket, and not as "'s", "'90s", "'em".
    private static func opensSingle(_ chars: [Character], _ i: Int) -> Bool {
        if i > 0 {
            let prev = chars[i - 1]
            if !(prev.isWhitespace || "([{\u{2014}\u{2013}-/:;\"\u{201C}".contains(prev)) { return false }
        }
        guard i + 1 < chars.count else { return false }
        let next = chars[i + 1]
        guard next.isLetter || next.isNumber || next == "\u{2026}" || next == "." || next == "[" else { return false }
        // Contractions and clipped years written with a leading apostrophe.
        var k = i + 1
        var tail = ""
        while k < chars.count, chars[k].isLetter || chars[k].isNumber { tail.append(chars[k]); k += 1 }
        let lower = tail.lowercased()
        if ["s", "t", "re", "ll", "ve", "d", "m", "em", "n", "til", "cause", "tis", "twas"].contains(lower) { return false }
        if tail.count == 2, tail.allSatisfy(\.isNumber) { return false }
        if tail.count == 3, tail.hasSuffix("s"), tail.dropLast().allSatisfy(\.isNumber) { return false }
        return true
    }

    /// A closing mark follows a word and precedes a space, punctuation or the end.
    private static func closesHere(_ chars: [Character], _ j: Int) -> Bool {
        guard j > 0, !chars[j - 1].isWhitespace else { return false }
        guard j + 1 < chars.count else { return true }
        let next = chars[j + 1]
        return next.isWhitespace || next.isPunctuation || isQuoteMark(next) || next.isSymbol
    }

    /// "the officers' union": a plural possessive, not the end of the quotation.
    private static func isPossessive(_ chars: [Character], _ j: Int) -> Bool {
        guard chars[j - 1] == "s" || chars[j - 1] == "S", j + 2 < chars.count, chars[j + 1] == " " else { return false }
        var k = j + 2
        var word = ""
        while k < chars.count, chars[k].isLetter { word.append(chars[k]); k += 1 }
        guard let first = word.first, first.isLowercase else { return false }
        let lower = word.lowercased()
        return !Lexicon.pronouns.contains(lower) && !Lexicon.speechVerbs.contains(lower)
            && !Lexicon.weakSpeechVerbs.contains(lower) && !Lexicon.determiners.contains(lower)
    }

    /// Takes spaces and a trailing comma off the quoted words; nil when nothing is left.
    private static func trim(_ span: QuoteSpan, _ chars: [Character]) -> QuoteSpan? {
        var span = span
        while span.start < span.end, chars[span.start].isWhitespace { span.start += 1 }
        while span.end > span.start, chars[span.end - 1].isWhitespace || chars[span.end - 1] == "," { span.end -= 1 }
        guard span.start < span.end, chars[span.start..<span.end].contains(where: { $0.isLetter || $0.isNumber })
        else { return nil }
        return span
    }
}
