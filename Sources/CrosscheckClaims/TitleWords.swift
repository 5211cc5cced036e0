import CrosscheckText

/// Recognises the words of ranks, offices, services and institutions in a title.
enum TitleWords {
    private static let rankWords: Set<String> = Set(ClaimLexicon.ranks.keys.flatMap { $0 })
    private static let postWords: Set<String> = Set(ClaimLexicon.posts.keys.flatMap { $0 })

    static func hasRankOrPost(_ tokens: [ClaimToken], in range: Range<Int>) -> Bool {
        range.contains { rankWords.contains(tokens[$0].lower) || postWords.contains(tokens[$0].lower) }
    }

    /// A nationality or demonym: "U.S.", "American", "Iraqi", "Lebanese".
    static func isNationality(_ token: ClaimToken) -> Bool {
        if ClaimLexicon.nationalities[token.lower] != nil { return true }
        guard token.isCapitalized, token.lower.hasCount(atLeast: 4) else { return false }
        // Most words hold no hyphen, and splitting walks the characters of each.
        let base = token.lower.utf8.containsByte(UInt8(ascii: "-"))
            ? token.lower.split(separator: "-").first.map(String.init) ?? token.lower : token.lower
        if ClaimLexicon.nationalities[base] != nil { return true }  // "US-led"
        return demonymSuffixes.contains { base.endsWith($0) }
    }

    static let demonymSuffixes = ["ian", "ese", "ish", "i", "an"]

    /// Longest phrase of `table` starting at `index`; returns its value and length.
    static func longestMatch(_ tokens: [ClaimToken], at index: Int, in table: [[String]: String]) -> (String, Int)? {
        // Every rank and office begins with a title word; most tokens are not one.
        guard index < tokens.count, tokens[index].is(.title) else { return nil }
        for length in stride(from: 3, through: 1, by: -1) where index + length <= tokens.count {
            let key = tokens[index..<(index + length)].map(\.lower)
            if let value = table[key] { return (value, length) }
        }
        return nil
    }

    /// The service named at `index` ("Marine Corps", "Navy"), with its length in tokens.
    static func branch(_ tokens: [ClaimToken], at index: Int) -> (String, Int)? {
        guard index < tokens.count, tokens[index].is(.title) else { return nil }
        for length in stride(from: 3, through: 1, by: -1) where index + length <= tokens.count {
            let key = tokens[index..<(index + length)].map(\.lower).joined(separator: " ")
            if let value = ClaimLexicon.branches[key] { return (value, length) }
        }
        return nil
    }
}
