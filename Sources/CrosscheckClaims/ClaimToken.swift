import CrosscheckText

/// A word, number or punctuation mark of one sentence, with its place in the paragraph.
struct ClaimToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, punct }

    /// The token as written, a possessive `'s` taken off.
    var text: String
    /// Folded and lowercased, trailing abbreviation dot removed: "gen", "u.s".
    var lower: String
    var kind: Kind
    /// Character offsets in the paragraph.
    var start: Int
    var end: Int
    /// Written with a possessive `'s` (or a bare `'` after an s).
    var possessive: Bool = false
    /// Inside quotation marks.
    var quoted: Bool = false

    var isCapitalized: Bool { text.first?.isUppercase == true }
    var isWord: Bool { kind == .word }
}

/// Splits sentences into tokens that keep abbreviations ("U.S.", "Gen."), figures ("5,000") and
/// hyphenated words ("non-binding", "al-Mahdi") whole.
enum ClaimTokenizer {
    static func tokenize(_ chars: [Character], range: Range<Int>, quoted: [Range<Int>]) -> [ClaimToken] {
        var tokens: [ClaimToken] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let ch = chars[i]
            if ch.isWhitespace {
                i += 1
            } else if ch.isNumber {
                var j = i + 1
                // "5,000", "1.5", "5.200": separators count only between digits.
                while j < end {
                    if chars[j].isNumber { j += 1; continue }
                    if (chars[j] == "," || chars[j] == "."), j + 1 < end, chars[j + 1].isNumber { j += 2; continue }
                    break
                }
                // "17-year" stays one token, so that adjectives are not read as counts.
                if j < end, chars[j] == "-", j + 1 < end, chars[j + 1].isLetter {
                    j += 1
                    while j < end, chars[j].isLetter { j += 1 }
                    tokens.append(make(chars, i, j, .word))
                } else {
                    tokens.append(make(chars, i, j, .number))
                }
                i = j
            } else if ch.isLetter {
                var j = i + 1
                while j < end {
                    let c = chars[j]
                    if c.isLetter || c.isNumber { j += 1; continue }
                    if (c == "-" || c == "'" || c == "\u{2019}"), j + 1 < end, chars[j + 1].isLetter {
                        // "Iraq's" is split off below; "There's" and "al-Mahdi" stay whole.
                        j += 2; continue
                    }
                    if c == ".", j + 1 < end, chars[j + 1].isLetter, j - i <= 2 { j += 2; continue }  // "U.S"
                    break
                }
                var token = make(chars, i, j, .word)
                if j < end, chars[j] == ".", isAbbreviation(token.lower) {
                    j += 1
                    token = make(chars, i, j, .word)
                }
                splitPossessive(&token)
                tokens.append(token)
                i = j
            } else {
                tokens.append(make(chars, i, i + 1, .punct))
                i += 1
            }
        }
        for k in tokens.indices where quoted.contains(where: { $0.contains(tokens[k].start) }) {
            tokens[k].quoted = true
        }
        return tokens
    }

    private static func make(_ chars: [Character], _ start: Int, _ end: Int, _ kind: ClaimToken.Kind) -> ClaimToken {
        let text = String(chars[start..<end])
        var lower = Folding.fold(text).lowercased()
        if lower.count > 1, lower.hasSuffix(".") { lower.removeLast() }
        return ClaimToken(text: text, lower: lower, kind: kind, start: start, end: end)
    }

    private static func splitPossessive(_ token: inout ClaimToken) {
        for suffix in ["'s", "\u{2019}s"] where token.text.hasSuffix(suffix) && token.text.count > 2 {
            guard !ClaimLexicon.contractionHosts.contains(String(token.lower.dropLast(2))) else { return }
            token.text.removeLast(2)
            token.lower = Folding.fold(token.text).lowercased()
            token.possessive = true
            return
        }
    }

    /// Single capitals ("H.") and common title and month abbreviations keep their dot.
    private static func isAbbreviation(_ lower: String) -> Bool {
        if lower.count == 1 { return true }
        if lower.contains(".") { return true }  // "u.s" of "U.S."
        return ClaimLexicon.abbreviations.contains(lower)
    }
}
