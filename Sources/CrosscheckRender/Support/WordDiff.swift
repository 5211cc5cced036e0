/// A word-level diff of one wording against another, as HTML with `<ins>` and `<del>`.
enum WordDiff {
    /// Words of `canonical` missing from `variant` are shown deleted, words the variant adds are
    /// shown inserted; words are compared folded (case, curly quotes, dashes) so only real
    /// changes of wording show.
    /// A fragment quotes only part of the statement: the words it leaves out at either end are
    /// not a change of wording, so they are not shown as deleted.
    static func html(canonical: String, variant: String, fragment: Bool = false) -> String {
        var parts = self.parts(canonical: canonical, variant: variant)
        if fragment { trimEnds(&parts) }
        // Runs of the same kind are joined so a changed phrase reads as one change.
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

    /// Whether the wording differs once folded (for a fragment: inside the part it quotes).
    static func differs(_ canonical: String, _ variant: String, fragment: Bool = false) -> Bool {
        var parts = self.parts(canonical: canonical, variant: variant)
        if fragment { trimEnds(&parts) }
        return parts.contains { $0.kind != 0 }
    }

    private static func trimEnds(_ parts: inout [(kind: Int, word: String)]) {
        while parts.first?.kind == -1 { parts.removeFirst() }
        while parts.last?.kind == -1 { parts.removeLast() }
    }

    /// Words with a kind: 0 same, -1 only in the canonical wording, 1 only in the variant.
    private static func parts(canonical: String, variant: String) -> [(kind: Int, word: String)] {
        let a = canonical.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let b = variant.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let fa = a.map(key), fb = b.map(key)
        // Longest common subsequence table; quotations are short, so n×m is small.
        let n = a.count, m = b.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        if n > 0, m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i][j] = fa[i] == fb[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
        }
        var parts: [(kind: Int, word: String)] = []  // 0 same, -1 deleted, 1 inserted
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, fa[i] == fb[j] {
                parts.append((0, b[j])); i += 1; j += 1
            } else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] {
                parts.append((-1, a[i])); i += 1
            } else {
                parts.append((1, b[j])); j += 1
            }
        }
        return parts
    }

    /// Letters and digits, lowercased: case, curly or straight quotes and dashes do not count
    /// as a change of wording. Cheaper than full folding, and diffs run for every quotation.
    private static func key(_ word: String) -> String {
        var out = ""
        for ch in word where ch.isLetter || ch.isNumber { out.append(ch) }
        return out.lowercased()
    }
}
