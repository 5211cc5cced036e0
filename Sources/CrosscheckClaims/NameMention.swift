/// A run of capitalised words that may name a person, with the title written before it
/// ("US Defense Secretary" + "Mark Esper").
struct NameMention: Sendable, Hashable {
    /// Token indices of the name itself.
    var name: Range<Int>
    /// Token indices of the title before the name; empty when there is none.
    var title: Range<Int>
    var text: String
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
        for k in run where TitleWords.isTitleOrInstitution(tokens[k].lower) { nameStart = k + 1 }
        // A trailing "Jr." or initial is no name by itself.
        let nameTokens = (nameStart..<run.upperBound).filter {
            !ClaimLexicon.nameSuffixes.contains(tokens[$0].lower) && tokens[$0].lower.count > 1
        }
        guard let last = nameTokens.last else { return nil }
        let titleStart = walkBack(tokens, from: run.lowerBound, bridging: nameStart > run.lowerBound)
        let title = titleStart..<nameStart
        let titled = TitleWords.hasRankOrPost(tokens, in: title)
        let text = tokens[nameStart..<run.upperBound].map(\.text).joined(separator: " ")
        return NameMention(
            name: nameStart..<run.upperBound, title: title, text: text, surname: surnameKey(tokens[last].lower),
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
                && (tokens[j - 1].isCapitalized || TitleWords.isTitle(tokens[j - 1].lower))
                && bridging
            if TitleWords.isTitle(t.lower) || ClaimLexicon.titleModifiers.contains(t.lower)
                || (t.isCapitalized && !ClaimLexicon.functionWords.contains(t.lower) && !isCalendar(t.lower))
            {
                begin = j
            } else if bridge {
                // kept only if a title word lies further left
            } else {
                break
            }
            j -= 1
        }
        return begin
    }

    static func isNameToken(_ tokens: [ClaimToken], _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.isWord else { return false }
        if ClaimLexicon.nameParticles.contains(t.lower) {
            return i + 1 < tokens.count && tokens[i + 1].isCapitalized && i > 0 && tokens[i - 1].isCapitalized
        }
        if let dash = t.lower.firstIndex(of: "-"), ClaimLexicon.nameParticles.contains(String(t.lower[..<dash])) {
            return true  // "al-Mahdi"
        }
        return t.isCapitalized && !ClaimLexicon.functionWords.contains(t.lower) && !isCalendar(t.lower)
    }

    static func isCalendar(_ lower: String) -> Bool {
        ClaimLexicon.days[lower] != nil || ClaimLexicon.months[lower] != nil
    }

    /// The part of a name that all its spellings share: the last word, without suffixes and
    /// without the Arabic particles that spellings add or drop.
    static func surnameKey(_ lower: String) -> String {
        let parts = lower.split(whereSeparator: { $0 == "-" || $0 == " " }).map(String.init)
            .filter { !ClaimLexicon.surnameNoise.contains($0) }
        return parts.last ?? lower
    }
}
