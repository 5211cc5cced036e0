import CrosscheckText

/// A word-level diff of one wording against another, as HTML with `<ins>` and `<del>`.
enum WordDiff {
    /// A wording split into words once, with the keys words are compared by; a statement's
    /// canonical wording is compared with every outlet's version.
    struct Words {
        let words: [String]
        let keys: [String]

        init(_ text: String) {
            words = WordDiff.split(text)
            keys = words.map(WordDiff.key)
        }
    }

    /// Words of `canonical` missing from `variant` are shown deleted, words the variant adds are
    /// shown inserted; words are compared folded (case, curly quotes, dashes) so only real
    /// changes of wording show.
    /// A fragment quotes only part of the statement: the words it leaves out at either end are
    /// not a change of wording, so they are not shown as deleted.
    static func html(canonical: String, variant: String, fragment: Bool = false) -> String {
        var parts = self.parts(Words(canonical), Words(variant))
        if fragment { trimEnds(&parts) }
        return html(parts)
    }

    /// Whether the wording differs once folded (for a fragment: inside the part it quotes).
    static func differs(_ canonical: String, _ variant: String, fragment: Bool = false) -> Bool {
        diff(Words(canonical), Words(variant), fragment: fragment) != nil
    }

    /// The diff as HTML when the wording differs (for a fragment: inside the part it quotes); nil when it does not.
    /// A wording that shares no word with the statement but "we" and "our" is another part of it
    /// (`"…," she said. "…"` split where another outlet quotes it whole): struck through and added in
    /// full, it would read as a rewrite.
    static func diff(_ canonical: Words, _ variant: Words, fragment: Bool = false) -> String? {
        var parts = self.parts(canonical, variant)
        if fragment { trimEnds(&parts) }
        guard parts.contains(where: { $0.kind != 0 }) else { return nil }
        let content = { (word: String) in !English.functionWords.contains(key(word)) }
        let shared = parts.filter { $0.kind == 0 }
        guard !shared.isEmpty, shared.contains(where: { content($0.word) }) || variant.words.count(where: content) < 3 else {
            return "<span class=\"muted\">Another part of the statement:</span> " + HTML.escape(variant.words.joined(separator: " "))
        }
        return html(parts)
    }

    /// Runs of the same kind are joined so a changed phrase reads as one change.
    private static func html(_ parts: [(kind: Int, word: String)]) -> String {
        var out: [String] = []
        var k = 0
        while k < parts.count {
            let kind = parts[k].kind
            var words: [String] = []
            while k < parts.count, parts[k].kind == kind { words.append(parts[k].word); k += 1 }
            let text = HTML.escape(words.joined(separator: " "))
            switch kind {
            case -1: out.append("<del>\(text)</del>")
            case 1: out.append("<ins>\(text)</ins>")
            default: out.append(text)
            }
        }
        return out.joined(separator: " ")
    }

    private static func trimEnds(_ parts: inout [(kind: Int, word: String)]) {
        while parts.first?.kind == -1 { parts.removeFirst() }
        while parts.last?.kind == -1 { parts.removeLast() }
    }

    /// Words with a kind: 0 same, -1 only in the canonical wording, 1 only in the variant.
    private static func parts(_ canonical: Words, _ variant: Words) -> [(kind: Int, word: String)] {
        let a = canonical.words, b = variant.words
        // The same wording (most outlets' copy of a statement): every word of the variant is kept.
        if canonical.keys == variant.keys { return b.map { (kind: 0, word: $0) } }
        // Keys as numbers: the table compares every pair of words.
        var numbers = WordNumbers()
        let fa = canonical.keys.map { numbers.number($0) }, fb = variant.keys.map { numbers.number($0) }
        return LCS.alignment(fa, fb).map { step in
            switch step {
            case .both(_, let j): (kind: 0, word: b[j])
            case .first(let i): (kind: -1, word: a[i])
            case .second(let j): (kind: 1, word: b[j])
            }
        }
    }

    /// Words between whitespace. ASCII text splits on bytes, with the same result as a walk by
    /// `Character` (whose ASCII whitespace is tab, line feed, vertical tab, form feed, return, space).
    static func split(_ text: String) -> [String] {
        guard text.utf8.allBytes({ $0 < 0x80 }) else {
            return text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        }
        return text.utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) })
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// Letters and digits, lowercased: case, curly or straight quotes and dashes do not count
    /// as a change of wording. Cheaper than full folding, and diffs run for every quotation.
    static func key(_ word: String) -> String {
        // Most words are ASCII: bytes give the same letters and digits without grapheme walks.
        if word.utf8.allBytes({ $0 < 0x80 }) {
            var out: [UInt8] = []
            out.reserveCapacity(word.utf8.count)
            for byte in word.utf8 {
                switch byte {
                case 0x41...0x5A: out.append(byte | 0x20)
                case 0x61...0x7A, 0x30...0x39: out.append(byte)
                default: break
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        var out = ""
        for ch in word where ch.isLetter || ch.isNumber { out.append(ch) }
        return out.lowercased()
    }
}
