import Foundation

/// Folds text for comparison: case, diacritics, typographic quotes and dashes.
public enum Folding {
    /// Lowercased, diacritics removed, curly quotes and dashes made plain, spaces collapsed.
    public static func fold(_ text: String) -> String {
        let plain = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(plain.utf8.count)
        var lastWasSpace = true
        for ch in plain {
            let mapped: Character
            switch ch {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "`", "\u{00B4}": mapped = "'"
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}": mapped = "\""
            case "\u{2013}", "\u{2014}", "\u{2212}": mapped = "-"
            case "\u{2026}": out += "..."; lastWasSpace = false; continue
            default: mapped = ch
            }
            if mapped.isWhitespace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(mapped)
                lastWasSpace = false
            }
        }
        if out.last == " " { out.removeLast() }
        return out
    }

    /// Lowercased words of letters and digits (apostrophes inside a word kept: "there's").
    public static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let folded = fold(text)
        let chars = Array(folded)
        for (i, ch) in chars.enumerated() {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if ch == "'", !current.isEmpty, i + 1 < chars.count, chars[i + 1].isLetter {
                current.append(ch)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
