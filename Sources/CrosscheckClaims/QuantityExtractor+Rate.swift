/// Levels written as percentages or bare figures: "British inflation fell to 3.2% in March", "unemployment
/// stood at 4.1 per cent", "Labour is on 44%", "the waiting list stood at 7.4 million". Only a figure that
/// a named thing rose, fell or stood at counts: "a 5% rise", "44% of voters" and "down from 3.4%" say too
/// little of what they measure.
extension QuantityExtractor {
    /// The tokens that say "percent" at `j`: "%", "percent", "per cent", "pc".
    static func percentLength(_ tokens: [ClaimToken], at j: Int) -> Int? {
        guard j < tokens.count else { return nil }
        if tokens[j].text == "%" || tokens[j].lower == "percent" || tokens[j].lower == "pc" { return 1 }
        if tokens[j].lower == "per", j + 1 < tokens.count, tokens[j + 1].lower == "cent" { return 2 }
        return nil
    }

    static func rate(_ context: SentenceContext, figure: ClaimNumbers.Figure, at i: Int, percent: Int) -> Fact? {
        let tokens = context.tokens
        // A level looking back ("a year ago", "since 2021") is not the level now; "from a peak of 9.1%" names
        // the other figure.
        guard !context.namesAnotherYear, !tokens.contains(where: { pastMarkers.contains($0.lower) }), i >= 2 else { return nil }
        // The verb, with "up", "down" or "back" between it and the preposition; or "was 3.5%", "is 4%" with none,
        // unless the figure is a difference ("was 3.5% higher").
        var v = i - 2
        if ["was", "is"].contains(tokens[i - 1].lower) {
            let after = i + figure.length + percent
            guard percent > 0, after >= tokens.count || !comparisons.contains(tokens[after].lower) else { return nil }
            v = i - 1
        } else {
            guard i >= 3, ["to", "at", "on"].contains(tokens[i - 1].lower) else { return nil }
            if ["up", "down", "back", "further"].contains(tokens[v].lower) { v -= 1 }
        }
        guard v >= 1, levelVerbs.contains(tokens[v].lower) else { return nil }
        var end = v - 1
        while end >= 0, ["has", "have", "had", "is", "was", "now", "also", "then"].contains(tokens[end].lower) { end -= 1 }
        // "The NHS waiting list in England stood at", "Measles cases in the South Plains climbed to": the place
        // after the subject is not the subject.
        if let p = (max(0, end - 5)..<end).last(where: { ["in", "across", "among"].contains(tokens[$0].lower) }),
           p >= 1, ((p + 1)...end).allSatisfy({ tokens[$0].isWord })
        {
            end = p - 1
        }
        guard let subject = subject(context, endingAt: end) else { return nil }
        let (approximate, hedge) = hedge(tokens, before: i)
        let written = percent == 0 ? ClaimToken.written(tokens[i..<(i + figure.length)]) : percentText(tokens, figure: figure, at: i, percent: percent)
        var key = [(percent == 0 ? "level " : "percent ") + subject.key, subject.nationality ?? "", "", ""]
        // "Measles cases climbed to 146" counts what "146 cases" counts, and groups as a bare count does.
        if percent == 0, !subject.key.contains(" "), isPlural(subject.key) {
            key = [unitKey(subject.key), subject.nationality ?? "", "", ""]
            if subject.nationality == nil { key.append("=" + ClaimNumbers.format(figure.value)) }
        }
        return context.fact(
            Topic(attribute: .count, subject: key.joined(separator: "|")),
            value: .number(figure.value, approximate: approximate),
            valueText: ([hedge, written].compactMap { $0 }).joined(separator: " "), at: i,
            subjectLabel: subject.label + (percent == 0 ? "" : " (%)"), wording: subject.label)
    }

    /// A percentage as written: "3.2%", "4.1 per cent".
    private static func percentText(_ tokens: [ClaimToken], figure: ClaimNumbers.Figure, at i: Int, percent: Int) -> String {
        let end = i + figure.length
        return tokens[i..<(end + percent)].map(\.text).joined(separator: tokens[end].text == "%" ? "" : " ")
    }

    /// A share of the vote that a named candidate or party won: "Labour won 34% of the vote", "Roe was
    /// re-elected with 52 percent of the votes". The subject is the name before the verb.
    static func voteShare(_ context: SentenceContext, figure: ClaimNumbers.Figure, at i: Int, percent: Int) -> Fact? {
        let tokens = context.tokens
        let after = i + figure.length + percent
        guard figure.length == 1, after + 2 < tokens.count, tokens[after].lower == "of", tokens[after + 1].lower == "the",
              ["vote", "votes", "ballots", "poll"].contains(tokens[after + 2].lower)
        else { return nil }
        // The verb within a few words before the figure ("won", "took", "with"), hedges between.
        guard let v = (max(0, i - 4)..<i).last(where: { voteVerbs.contains(tokens[$0].lower) }) else { return nil }
        // The name that won: the last person named before the verb, else the capitalised words right before it.
        var k = v - 1
        if let named = context.persons.last(where: { $0.mention.name.upperBound <= v && !tokens[$0.mention.name.lowerBound].quoted }) {
            k = named.mention.name.upperBound - 1
        } else {
            while k >= 0, tokens[k].is(.function) || tokens[k].isAdverb || ["was", "re-elected", "elected"].contains(tokens[k].lower) { k -= 1 }
        }
        guard k >= 0, tokens[k].isWord, tokens[k].isCapitalized else { return nil }
        var start = k
        while start > 0, tokens[start - 1].isWord, tokens[start - 1].isCapitalized, !tokens[start - 1].is(.function) { start -= 1 }
        let person = context.person(at: k)
        let words = tokens[start...k].map(\.text)
        let key = person?.key ?? words.joined(separator: " ").lowercased()
        let (approximate, hedge) = hedge(tokens, before: i)
        let written = percentText(tokens, figure: figure, at: i, percent: percent)
        return context.fact(
            Topic(attribute: .count, subject: ["vote share " + key, "", "", ""].joined(separator: "|")),
            value: .number(figure.value, approximate: approximate), valueText: ([hedge, written].compactMap { $0 }).joined(separator: " "),
            at: i, subjectLabel: (person?.mention.text ?? words.joined(separator: " ")) + "'s share of the vote (%)", wording: "vote share",
            personKey: person?.key)
    }

    /// How far a company's shares moved: "Shares of the company fell 8%", "Nexora shares fell as much as
    /// 7.5%", "The stock dropped 8% after hours". Falls and rises are filed apart.
    static func shareMove(_ context: SentenceContext, figure: ClaimNumbers.Figure, at i: Int, percent: Int) -> Fact? {
        let tokens = context.tokens
        guard figure.length == 1, !context.namesAnotherYear else { return nil }
        let (approximate, hedge) = hedge(tokens, before: i)
        // The verb before the hedge: "fell as much as 7.5%", "rose by 3%", "were up 2.8 per cent".
        var v = i - 1 - (hedge?.split(separator: " ").count ?? 0)
        if v >= 1, tokens[v].lower == "by" { v -= 1 }
        guard v >= 1, let direction = shareVerbs[tokens[v].lower],
              (max(0, v - 5)..<v).contains(where: { ["shares", "stock", "stocks"].contains(tokens[$0].lower) })
        else { return nil }
        let written = percentText(tokens, figure: figure, at: i, percent: percent)
        return context.fact(
            Topic(attribute: .count, subject: ["shares " + direction, "", "", ""].joined(separator: "|")),
            value: .number(figure.value, approximate: approximate), valueText: ([hedge, written].compactMap { $0 }).joined(separator: " "),
            at: i, subjectLabel: "Shares " + direction + " (%)", wording: "shares " + direction)
    }

    /// How much of a wildfire is contained: "The Ridge Fire was 15% contained", "is 20% contained".
    static func containment(_ context: SentenceContext, figure: ClaimNumbers.Figure, at i: Int, percent: Int) -> Fact? {
        let tokens = context.tokens
        let after = i + figure.length + percent
        guard after < tokens.count, tokens[after].lower == "contained", !context.namesAnotherYear else { return nil }
        let written = percentText(tokens, figure: figure, at: i, percent: percent)
        return context.fact(
            Topic(attribute: .count, subject: ["percent containment", "", "", ""].joined(separator: "|")),
            value: .number(figure.value, approximate: false), valueText: written, at: i, subjectLabel: "Containment (%)",
            wording: "containment")
    }

    private static let shareVerbs: [String: String] = [
        "fell": "fell", "dropped": "fell", "slid": "fell", "sank": "fell", "tumbled": "fell", "plunged": "fell", "lost": "fell",
        "slumped": "fell", "rose": "rose", "jumped": "rose", "climbed": "rose", "gained": "rose", "surged": "rose", "soared": "rose",
        "rallied": "rose", "up": "rose", "down": "fell",
    ]

    private static let voteVerbs: Set<String> = ["won", "wins", "winning", "took", "takes", "taking", "got", "gets", "received", "secured", "with", "garnered", "polled", "captured"]

    /// The noun phrase the level belongs to: its last word, with the word before when the last is a
    /// measure ("unemployment rate"), and a nationality kept apart as counts keep it.
    private static func subject(_ context: SentenceContext, endingAt end: Int) -> (key: String, label: String, nationality: String?)? {
        let tokens = context.tokens
        guard end >= 0, tokens[end].isWord, !tokens[end].is(.function), context.person(at: end) == nil else { return nil }
        var start = end
        while start > 0, tokens[start - 1].isWord, !tokens[start - 1].is([.function, .calendar]), context.person(at: start - 1) == nil,
              ClaimNumbers.parse(tokens, at: start - 1) == nil, end - start < 4
        {
            start -= 1
        }
        var nationality: String?
        var words: [ClaimToken] = []
        for t in tokens[start...end] {
            if TitleWords.isNationality(t), words.isEmpty {
                nationality = nationality ?? (ClaimLexicon.nationalities[t.lower] ?? t.text)
            } else {
                words.append(t)
            }
        }
        guard let head = words.last else { return nil }
        let measured = measures.contains(head.lower) && words.count >= 2
        let key = measured ? words[words.count - 2].lower + " " + head.lower : head.lower
        let label = (nationality.map { [$0] } ?? []) + words.map(\.text)
        return (key, label.joined(separator: " "), nationality)
    }

    private static let levelVerbs: Set<String> = [
        "rose", "risen", "rises", "fell", "fallen", "falls", "climbed", "climbs", "dropped", "drops", "declined", "declines",
        "increased", "increases", "decreased", "decreases", "slowed", "slows", "eased", "eases", "accelerated", "jumped",
        "slipped", "edged", "ticked", "grew", "grows", "shrank", "surged", "soared", "plunged", "stood", "stands", "remained", "cooled",
        "remains", "stayed", "stays", "held", "holds", "reached", "hit", "came", "is", "was", "be", "sits", "sat",
    ]

    private static let pastMarkers: Set<String> = ["ago", "earlier", "previous", "previously", "since", "before"]

    /// Words after a figure that make it a difference ("was 5% higher") or a state ("was 15% contained"), not a level.
    private static let comparisons: Set<String> = [
        "higher", "lower", "more", "less", "above", "below", "up", "down", "of", "than", "contained", "complete",
        "completed", "full", "owned", "funded", "off",
    ]

    private static let measures: Set<String> = ["rate", "rates", "level", "index", "growth", "figure", "share", "yield", "yields", "margin"]
}
