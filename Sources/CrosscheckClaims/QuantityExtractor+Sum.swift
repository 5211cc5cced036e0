extension QuantityExtractor {
    /// A sum with no noun after it, named by the word before it: "fined £14m", "fined the firm
    /// 14 million pounds", "a fine of £14m", "a ransom of $5m", "revenue rose 4 per cent to £68.2bn".
    /// The same fact as "a £14m fine".
    static func sum(_ context: SentenceContext, figure: ClaimNumbers.Figure, at i: Int, currency: String, before start: Int) -> Fact? {
        let tokens = context.tokens
        // "fine of" needs its "of" ("profits to £2.3bn" its "to"); a verb ("fined", "stole") takes the sum
        // straight after its object.
        let named = sumWord(tokens, before: start).flatMap { k, head in
            ClaimLexicon.sumVerbs[tokens[k].lower] != nil || ["of", "to"].contains(tokens[k + 1].lower) ? head : nil
        }
        guard let head = named ?? sumLevel(tokens, before: start) else { return nil }
        let (approximate, hedge) = hedge(tokens, before: start)
        let written = ClaimToken.written(tokens[i..<(i + figure.length)])
        return context.fact(
            Topic(attribute: .count, subject: [currency + " " + head, "", "", "", "=" + ClaimNumbers.format(figure.value)].joined(separator: "|")),
            value: .number(figure.value, approximate: approximate), valueText: ([hedge, written].compactMap { $0 }).joined(separator: " "),
            at: i, subjectLabel: head + " (" + currency + ")", wording: head)
    }

    /// The sum's noun or verb a few words before `start`, back over "of", "off", "to" ("profits to £2.3bn") or the party's name
    /// ("fined Acme Energy £14m"), but not into another clause.
    static func sumWord(_ tokens: [ClaimToken], before start: Int) -> (Int, String)? {
        var k = start - 1, skipped = 0
        let head = { (k: Int) in ClaimLexicon.sumNouns[tokens[k].lower] ?? ClaimLexicon.sumVerbs[tokens[k].lower] }
        while k >= 0, skipped < 4, head(k) == nil,
              ["of", "off", "a", "the", "to"].contains(tokens[k].lower) || tokens[k].isCapitalized || approximatorWords.contains(tokens[k].lower)
        {
            k -= 1
            skipped += 1
        }
        guard k >= 0, let noun = head(k) else { return nil }
        return (k, noun)
    }

    /// "Revenue rose 4 per cent to £68.2bn", "Sales increased to £68.2bn": the level a sum's noun moved to.
    private static func sumLevel(_ tokens: [ClaimToken], before start: Int) -> String? {
        var k = start - 1
        guard k >= 2, tokens[k].lower == "to" else { return nil }
        k -= 1
        // The change on the way: "4 per cent", "4%", "4 percent".
        if tokens[k].lower == "cent", k >= 2, tokens[k - 1].lower == "per" { k -= 2 }
        if ["%", "percent"].contains(tokens[k].lower) { k -= 1 }
        if k < start - 2, tokens[k].kind == .number { k -= 1 }
        guard k >= 1, movements.contains(tokens[k].lower) else { return nil }
        return ClaimLexicon.sumNouns[tokens[k - 1].lower]
    }

    private static let movements: Set<String> = [
        "rose", "fell", "increased", "decreased", "climbed", "jumped", "grew", "dropped", "declined", "narrowed", "widened",
        "slumped", "soared", "surged", "slipped", "tumbled", "shrank",
    ]
}
