import CrosscheckText

/// A run of capitalised words that may name a person, with the title written before it
/// ("US Defense Secretary" + "Mark Esper").
struct NameMention: Sendable, Hashable {
    /// Token indices of the name itself.
    var name: Range<Int>
    /// Token indices of the title before the name; empty when there is none.
    var title: Range<Int>
    var text: String
    /// Lowercased words of the name, as `Folding.words` would give them: "mark t esper".
    var folded: String
    var surname: String
    /// The title holds a rank or an office, so the name is a person's.
    var titled: Bool
}

enum NameMentions {
    static func find(in tokens: [ClaimToken]) -> [NameMention] {
        var mentions: [NameMention] = []
        var i = 0
        while i < tokens.count {
            guard isNameToken(tokens, i) else { i += 1; continue }
            var j = i + 1
            while j < tokens.count, isNameToken(tokens, j), !tokens[j - 1].possessive { j += 1 }
            if let mention = split(tokens, run: i..<j) { mentions.append(mention) }
            i = j
        }
        return mentions
    }

    /// Splits a run into title and name: the name is what follows the last title or institution word.
    private static func split(_ tokens: [ClaimToken], run: Range<Int>) -> NameMention? {
        var nameStart = run.lowerBound
        // "Dr Helen Marsh", "Mr Pryce": a courtesy title is no part of the name, nor a post.
        for k in run where tokens[k].is([.title, .institution]) || ClaimLexicon.courtesyTitles.contains(tokens[k].lower) { nameStart = k + 1 }
        // A trailing "Jr." or initial is no name by itself.
        let nameTokens = (nameStart..<run.upperBound).filter { isNameWord(tokens[$0].lower) }
        // "Union Local 241", "Apollo 11": a figure right after the words makes them a thing's name.
        guard let last = nameTokens.last, run.upperBound >= tokens.count || tokens[run.upperBound].kind != .number else { return nil }
        let titleStart = walkBack(tokens, from: run.lowerBound, bridging: nameStart > run.lowerBound)
        let title = titleStart..<nameStart
        let titled = TitleWords.hasRankOrPost(tokens, in: title) || appositive(tokens, after: run.upperBound) != nil
        // "Timothy Spencer KC": suffixes after the last name word are not written into the name.
        let text = tokens[nameStart...last].map(\.text).joined(separator: " ")
        let folded = tokens[nameStart...last]
            .flatMap { token in
                // Most words hold neither separator: they are their own part.
                token.lower.utf8.anyByte { $0 == 0x2D || $0 == 0x2E }
                    ? token.lower.split(separators: ["-", "."]) : [Substring(token.lower)]
            }
            .joined(separator: " ")
        return NameMention(
            name: nameStart..<run.upperBound, title: title, text: text, folded: folded, surname: surnameKey(tokens[last].lower),
            titled: titled)
    }

    /// Extends a title leftwards over lower-case title words and modifiers ("political analyst"),
    /// capitalised words, and "of"/"the" between them ("Secretary of Defense").
    private static func walkBack(_ tokens: [ClaimToken], from start: Int, bridging: Bool) -> Int {
        var j = start - 1
        var begin = start
        while j >= 0, tokens[j].isWord, !tokens[j].quoted || tokens[start].quoted {
            let t = tokens[j]
            // "Secretary of Defense Mark Esper": "of" joins a title to a run that starts with a title
            // or institution, never to a bare name ("Secretary of Point" names no person "Point").
            let bridge = (t.lower == "of" || t.lower == "the") && j > 0 && tokens[j - 1].isWord
                && (tokens[j - 1].isCapitalized || tokens[j - 1].is(.title))
                && bridging
            if t.is([.title, .titleModifier]) || (t.isCapitalized && !t.is([.function, .calendar])) {
                begin = j
            } else if !bridge {
                break  // a bridge word is kept only if a title word lies further left
            }
            j -= 1
        }
        return begin
    }

    /// ", the commanding general of Task Force Iraq," or ", a Navy admiral,": an appositive whose
    /// first few words hold an office or rank.
    static func appositive(_ tokens: [ClaimToken], after end: Int) -> Range<Int>? {
        guard end < tokens.count, tokens[end].lower == "," else { return nil }
        var start = end + 1
        if start < tokens.count, ["the", "a", "an"].contains(tokens[start].lower) { start += 1 }
        var k = start
        while k < tokens.count, tokens[k].kind != .punct { k += 1 }
        let range = start..<k
        guard !range.isEmpty else { return nil }
        let lead = range.prefix(4)
        let hasTitle = lead.contains {
            TitleWords.longestMatch(tokens, at: $0, in: ClaimLexicon.posts) != nil
                || TitleWords.longestMatch(tokens, at: $0, in: ClaimLexicon.ranks) != nil
        }
        return hasTitle ? range : nil
    }

    /// Not a suffix ("Jr"), and longer than one character: an initial is no name by itself.
    private static func isNameWord(_ lower: String) -> Bool {
        let bytes = lower.utf8.count
        if bytes <= 1 { return false }
        // Suffixes are two or three ASCII letters.
        if bytes <= 3, ClaimLexicon.nameSuffixes.contains(lower) { return false }
        // In ASCII every byte is a character (tokens hold no line breaks); past it, characters are counted.
        return lower.utf8.allBytes({ $0 < 0x80 }) || lower.count > 1
    }

    static func isNameToken(_ tokens: [ClaimToken], _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.isWord else { return false }
        if t.isCapitalized { return !t.is([.function, .calendar]) }
        if t.is(.nameParticle) {
            return i + 1 < tokens.count && tokens[i + 1].isCapitalized && i > 0 && tokens[i - 1].isCapitalized
        }
        // "al-Mahdi"
        guard t.lower.utf8.count > 3, t.lower.utf8.containsByte(45), let dash = t.lower.firstIndex(of: "-") else { return false }
        return ClaimLexicon.nameParticles.contains(String(t.lower[..<dash]))
    }

    /// The part of a name that all its spellings share: the last word, without suffixes and
    /// without the Arabic particles that spellings add or drop.
    static func surnameKey(_ lower: String) -> String {
        // A word without a separator is its own last part, whether or not it is a particle.
        guard lower.utf8.anyByte({ $0 == 0x2D || $0 == 0x20 }) else { return lower }
        let parts = lower.split(separators: ["-", " "]).map(String.init)
            .filter { !ClaimLexicon.surnameNoise.contains($0) }
        return parts.last ?? lower
    }
}
