/// What a figure counts, read as a noun phrase: its head and the words that narrow it.
extension QuantityExtractor {
    struct CountedNoun {
        var head: String
        var index: Int
        /// Words before the head that narrow what is counted ("National Guard", "injured", "disaster").
        var modifiers: [String]
        var modifierText: [String]
        /// How many of the modifiers are capitalised names ("National Guard"); they come first.
        var named = 0

        /// For counts: names and participles ("injured workers") say which ones are counted; other
        /// nouns before the head ("garment workers") are only description.
        var countModifiers: (keys: [String], text: [String]) {
            let kept = modifiers.indices.filter { $0 < named || modifiers[$0].hasSuffix("ed") || modifiers[$0].hasSuffix("ing") }
            return (kept.map { modifiers[$0] }, kept.map { modifierText[$0] })
        }
    }

    /// Plurals that do not end in -s.
    static let irregularPlurals: Set<String> = [
        "people", "men", "women", "children", "police", "personnel", "staff", "crew", "cattle", "military", "dead",
        "wounded", "injured", "homeless", "aid", "relief", "assistance", "funding", "money",
    ]

    /// A count of two or more takes a plural head, so the first plural word ends the phrase: in
    /// "4,000 residents downstream" the head is "residents", and in "200 National Guard troops" the
    /// capitalised words before it name which troops. Without a plural, the last content word is the head.
    /// A sum (`plural` false) is of a thing, not things: "$5 billion arms deal" is a deal.
    static func countedNoun(_ context: SentenceContext, from start: Int, plural: Bool = true) -> CountedNoun? {
        let tokens = context.tokens
        var k = start
        var modifiers: [String] = [], texts: [String] = []
        while k < tokens.count, tokens[k].isWord, tokens[k].isCapitalized, context.person(at: k) == nil,
              !tokens[k].is(.calendar), !TitleWords.isNationality(tokens[k])
        {
            modifiers.append(tokens[k].lower); texts.append(tokens[k].text); k += 1
        }
        let named = modifiers.count
        var head: Int?
        while k < tokens.count, context.isContentWord(tokens[k]) {
            let lower = tokens[k].lower
            let nextIsContent = k + 1 < tokens.count && context.isContentWord(tokens[k + 1])
            let participle = lower.hasSuffix("ing") || lower.hasSuffix("ed")
            // "injured workers": a participle before a noun narrows it.
            // "police officers", "crew members": a plural-only noun before a plural describes it.
            let describesNext = irregularPlurals.contains(lower) && nextIsContent && isPlural(tokens[k + 1].lower)
            if plural, isPlural(lower), !(participle && nextIsContent), !describesNext { head = k; break }
            // "9.7 million current and former customers": words joined by "and" before the counted noun.
            if plural, k + 2 < tokens.count, ["and", "or"].contains(tokens[k + 1].lower), context.isContentWord(tokens[k + 2]),
               !isPlural(tokens[k + 2].lower) || k + 3 < tokens.count && context.isContentWord(tokens[k + 3])
            {
                modifiers.append(lower); texts.append(tokens[k].text)
                k += 2
                continue
            }
            if !nextIsContent || (!participle && tokens[k + 1].lower.hasSuffix("ed")) {
                // "a $5 billion deal"; "12 injured"; "a deal signed": the phrase ends here.
                head = k
                break
            }
            // "800,000 daily riders" are the riders: how often is no kind of rider.
            if !frequencies.contains(lower) { modifiers.append(lower); texts.append(tokens[k].text) }
            k += 1
        }
        guard let head else { return nil }
        // "a $95 billion border and farm aid bill": where a thing's name runs on past "and", which
        // noun the sum is of cannot be told.
        if !plural, head + 2 < tokens.count, ["and", "or", "&"].contains(tokens[head + 1].lower),
           context.isContentWord(tokens[head + 2])
        {
            return nil
        }
        return CountedNoun(head: tokens[head].lower, index: head, modifiers: modifiers, modifierText: texts, named: named)
    }

    private static let frequencies: Set<String> = ["daily", "weekly", "monthly", "yearly", "annual", "hourly", "nightly"]

    static func isPlural(_ lower: String) -> Bool {
        irregularPlurals.contains(lower) || (lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("us") && lower.count > 3)
    }
}
