extension QuantityExtractor {
    /// Whether the figure at `i` names, dates, scores or compares rather than counts: "no. 9", "Route 9",
    /// "the Group of 20", "3-2", "one in five", "its 737 and 787 jets", "the two countries", "in 2019".
    static func namesOrDates(_ tokens: [ClaimToken], figure: ClaimNumbers.Figure, at i: Int) -> Bool {
        let after = i + figure.length
        if i > 0, tokens[i - 1].is(.calendar) || ["no", "number", "no."].contains(tokens[i - 1].lower) { return true }
        if after < tokens.count, tokens[after].is(.calendar) || tokens[after].lower == ":" { return true }
        // Parts of dates, scores and ranges ("2020-01-06", "3-2"), and numbers with a leading zero.
        let joined = { (k: Int) in k >= 0 && k < tokens.count && ["-", "/", "\u{2013}"].contains(tokens[k].text) }
        if joined(i - 1) || joined(after) || (tokens[i].text.hasPrefix("0") && tokens[i].text.count > 1) { return true }
        // "Route 9", "Flight 370": a figure right after a capitalised noun names, it does not count;
        // "fined Acme Energy 14 million pounds" is a sum ("Route 9 million" names nothing).
        if i > 0, tokens[i].kind == .number, figure.length == 1, tokens[i - 1].isWord, tokens[i - 1].isCapitalized,
           !tokens[i - 1].is([.function, .numberWord, .calendar]), !tokens[i - 1].isAdverb,
           !TitleWords.isNationality(tokens[i - 1]), !approximatorWords.contains(tokens[i - 1].lower)
        {
            return true
        }
        // "the Group of 20 major economies": a figure after a name's "of" is part of the name.
        if i >= 3, tokens[i].kind == .number, tokens[i - 1].lower == "of", tokens[i - 2].isWord, tokens[i - 2].isCapitalized,
           !tokens[i - 2].is([.function, .numberWord, .calendar]), !TitleWords.isNationality(tokens[i - 2])
        {
            return true
        }
        // "one in five trains", "3 out of 10 voters": a ratio, not a count.
        if i >= 2, tokens[i - 1].lower == "in" || (i >= 3 && tokens[i - 1].lower == "of" && tokens[i - 2].lower == "out"),
           let k = Optional(tokens[i - 1].lower == "in" ? i - 2 : i - 3), tokens[k].kind == .number || tokens[k].is(.numberWord)
        {
            return true
        }
        // "its 737 and 787 jets": figures joined by "and" name models; a range of counts takes "between".
        if i >= 2, tokens[i - 1].lower == "and", tokens[i - 2].kind == .number, i < 3 || tokens[i - 3].lower != "between" {
            return true
        }
        // "the two countries" refers back to things already named; it is not a count.
        if i > 0, tokens[i].kind == .word, ["the", "these", "those", "both", "all"].contains(tokens[i - 1].lower) { return true }
        // A plain year.
        return figure.length == 1 && tokens[i].kind == .number && !tokens[i].text.contains(",") && (1800...2100).contains(figure.value)
    }
}
