extension QuantityExtractor {
    /// A sum with no noun after it, named by the word before it: "fined £14m", "fined the firm
    /// 14 million pounds", "a fine of £14m", "a ransom of $5m". The same fact as "a £14m fine".
    static func sum(_ context: SentenceContext, figure: ClaimNumbers.Figure, at i: Int, currency: String, before start: Int) -> Fact? {
        let tokens = context.tokens
        // Back over "of" or the fined party's name ("fined Acme Energy £14m"), but not into another clause.
        var k = start - 1, skipped = 0
        while k >= 0, skipped < 4, ClaimLexicon.sumNouns[tokens[k].lower] == nil,
              ["of", "a", "the"].contains(tokens[k].lower) || tokens[k].isCapitalized || approximatorWords.contains(tokens[k].lower)
        {
            k -= 1
            skipped += 1
        }
        guard k >= 0, let head = ClaimLexicon.sumNouns[tokens[k].lower],
              // "fine of" needs its "of"; the verb "fined" takes the sum straight after its object.
              tokens[k].lower == "fined" || tokens[k + 1].lower == "of"
        else { return nil }
        let (approximate, hedge) = hedge(tokens, before: start)
        let written = ClaimToken.written(tokens[i..<(i + figure.length)])
        return context.fact(
            Topic(attribute: .count, subject: [currency + " " + head, "", "", "", "=" + ClaimNumbers.format(figure.value)].joined(separator: "|")),
            value: .number(figure.value, approximate: approximate), valueText: ([hedge, written].compactMap { $0 }).joined(separator: " "),
            at: i, subjectLabel: head + " (" + currency + ")", wording: head)
    }
}
