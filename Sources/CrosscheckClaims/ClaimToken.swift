import CrosscheckText

/// A word, number or punctuation mark of one sentence, with its place in the paragraph.
struct ClaimToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, punct }

    /// The token as written, a possessive `'s` taken off.
    var text: String
    /// Folded and lowercased, trailing abbreviation dot removed: "gen", "u.s".
    var lower: String
    var kind: Kind
    /// Byte offsets (UTF-8) in the paragraph.
    var start: Int
    var end: Int
    /// Written with a possessive `'s` (or a bare `'` after an s).
    var possessive: Bool = false
    /// Inside quotation marks.
    var quoted: Bool = false
    var wordClass: WordClass = []

    func `is`(_ c: WordClass) -> Bool { !wordClass.isDisjoint(with: c) }

    /// An "-ly" adverb ("mistakenly"), not a noun or adjective that ends so ("assembly", "daily").
    var isAdverb: Bool { isWord && lower.endsWith("ly") && !ClaimLexicon.notAdverbsInLy.contains(lower) }

    /// Begins with a capital letter.
    var isCapitalized: Bool = false
    var isWord: Bool { kind == .word }

    /// The tokens as written: "£14m" stays "14m", "14 million" keeps its space.
    static func written(_ tokens: ArraySlice<ClaimToken>) -> String {
        var text = ""
        for (k, token) in zip(tokens.indices, tokens) {
            if k > tokens.startIndex, tokens[k - 1].end < token.start { text += " " }
            text += token.text
        }
        return text
    }
}

/// Splits sentences into tokens that keep abbreviations ("U.S.", "Gen."), figures ("5,000") and
/// hyphenated words ("non-binding", "al-Mahdi") whole.
enum ClaimTokenizer {
    static func tokenize(_ paragraph: ParagraphText, range: Range<Int>, quoted: [Range<Int>]) -> [ClaimToken] {
        let bytes = paragraph.bytes
        var tokens: [ClaimToken] = []
        tokens.reserveCapacity(range.count / 5)
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if paragraph.isSpace(at: i) {
                i += paragraph.width(at: i)
            } else if paragraph.isDigit(at: i) {
                var j = i + paragraph.width(at: i)
                // "5,000", "1.5": separators count only between digits.
                while j < end {
                    if paragraph.isDigit(at: j) { j += paragraph.width(at: j); continue }
                    if bytes[j] == 0x2C || bytes[j] == 0x2E, j + 1 < end, paragraph.isDigit(at: j + 1) { j += 2; continue }
                    break
                }
                // "17-year" stays one token, so that adjectives are not read as counts.
                if j < end, bytes[j] == 0x2D, j + 1 < end, paragraph.isLetter(at: j + 1) {
                    j += 1
                    while j < end, paragraph.isLetter(at: j) { j += paragraph.width(at: j) }
                    tokens.append(make(paragraph, i, j, .word))
                } else {
                    tokens.append(make(paragraph, i, j, .number))
                }
                i = j
            } else if paragraph.isLetter(at: i) {
                var j = i + paragraph.width(at: i)
                while j < end {
                    if paragraph.isLetter(at: j) || paragraph.isDigit(at: j) { j += paragraph.width(at: j); continue }
                    // "Iraq's" is split off below; "There's" and "al-Mahdi" stay whole.
                    let joiner = bytes[j] == 0x2D ? 1 : paragraph.apostrophe(at: j)
                    if let joiner, j + joiner < end, paragraph.isLetter(at: j + joiner) { j += joiner; continue }
                    if bytes[j] == 0x2E, j + 1 < end, paragraph.isLetter(at: j + 1), j - i <= 2 { j += 2; continue }  // "U.S"
                    break
                }
                var token = make(paragraph, i, j, .word)
                if j < end, bytes[j] == 0x2E, isAbbreviation(token.lower) {
                    j += 1
                    token = make(paragraph, i, j, .word)
                }
                splitPossessive(&token)
                tokens.append(consume token)
                i = j
            } else {
                let w = paragraph.width(at: i)
                tokens.append(make(paragraph, i, i + w, .punct))
                i += w
            }
        }
        if !quoted.isEmpty {
            for k in tokens.indices where quoted.contains(where: { $0.contains(tokens[k].start) }) {
                tokens[k].quoted = true
            }
        }
        return tokens
    }

    private static func make(_ paragraph: ParagraphText, _ start: Int, _ end: Int, _ kind: ClaimToken.Kind) -> ClaimToken {
        let text = paragraph.string(start..<end)
        var lower = asciiLower(paragraph.bytes[start..<end], text) ?? fold(text)
        if lower.utf8.count > 1, lower.utf8.lastByte == 46 { lower.removeLast() }
        // Every field worked out before the token is made: setting them on it afterwards copied it.
        let wordClass = kind == .word ? WordClass.of(lower) : []
        return ClaimToken(
            text: text, lower: lower, kind: kind, start: start, end: end, wordClass: wordClass,
            isCapitalized: paragraph.isUppercase(at: start))
    }

    private static func splitPossessive(_ token: inout ClaimToken) {
        // Byte test first: most words end in neither "'s" nor "’s".
        let bytes = token.text.utf8
        guard bytes.count > 2, bytes.lastByte == 0x73 else { return }
        let mark = bytes[bytes.index(bytes.endIndex, offsetBy: -2)]
        guard mark == 0x27 || mark == 0x99 else { return }
        for suffix in ["'s", "\u{2019}s"] where token.text.hasSuffix(suffix) && token.text.count > 2 {
            guard !ClaimLexicon.contractionHosts.contains(String(token.lower.dropLast(2))) else { return }
            token.text.removeLast(2)
            token.lower = fold(token.text)
            token.wordClass = WordClass.of(token.lower)
            token.possessive = true
            return
        }
    }

    /// Lowercased; only text beyond ASCII goes through the (slower) full folding.
    private static func fold(_ text: String) -> String {
        text.utf8.allBytes { $0 < 128 } ? text.lowercased() : Folding.fold(text).lowercased()
    }

    /// The bytes lowercased as one string, read once; nil past ASCII. Most tokens are ASCII, and
    /// this spares them a string made only to be checked and lowercased into another; a word with
    /// no capital is its own lowercase, `text`, shared rather than copied.
    private static func asciiLower(_ bytes: ArraySlice<UInt8>, _ text: String) -> String? {
        var upper = false
        for b in bytes {
            guard b < 0x80 else { return nil }
            upper = upper || b &- 65 < 26
        }
        guard upper else { return text }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            for (i, b) in zip(out.indices, bytes) { out[i] = b &- 65 < 26 ? b | 0x20 : b }
            return bytes.count
        }
    }

    /// Single capitals ("H.") and common title and month abbreviations keep their dot.
    private static func isAbbreviation(_ lower: String) -> Bool {
        if lower.count == 1 { return true }
        if lower.utf8.containsByte(0x2E), lower.contains(".") { return true }  // "u.s" of "U.S."; the byte test rules out most words first
        return ClaimLexicon.abbreviations.contains(lower)
    }
}
