/// Levels written as percentages: "British inflation fell to 3.2% in March", "unemployment
/// stood at 4.1 per cent", "Labour is on 44%". Only a figure that a named thing rose, fell or stood
/// at counts: "a 5% rise", "44% of voters" and "down from 3.4%" say too little of what they measure.
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
        // A level looking back ("a year ago", "its peak", "since 2021") is not the level now.
        guard !context.namesAnotherYear, !tokens.contains(where: { pastMarkers.contains($0.lower) }),
              figure.length == 1, i >= 3, ["to", "at", "on"].contains(tokens[i - 1].lower)
        else { return nil }
        // The verb, with "up", "down" or "back" between it and the preposition.
        var v = i - 2
        if ["up", "down", "back", "further"].contains(tokens[v].lower) { v -= 1 }
        guard v >= 1, levelVerbs.contains(tokens[v].lower) else { return nil }
        var end = v - 1
        while end >= 0, ["has", "have", "had", "is", "was", "now", "also", "then"].contains(tokens[end].lower) { end -= 1 }
        guard let subject = subject(context, endingAt: end) else { return nil }
        let (approximate, hedge) = hedge(tokens, before: i)
        let written = tokens[i..<(i + figure.length + percent)].map(\.text).joined(separator: tokens[i + 1].text == "%" ? "" : " ")
        return context.fact(
            Topic(attribute: .count, subject: ["percent " + subject.key, subject.nationality ?? "", "", ""].joined(separator: "|")),
            value: .number(figure.value, approximate: approximate),
            valueText: ([hedge, written].compactMap { $0 }).joined(separator: " "), at: i,
            subjectLabel: subject.label + " (%)", wording: subject.label)
    }

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
        "slipped", "edged", "ticked", "grew", "grows", "shrank", "surged", "soared", "plunged", "stood", "stands", "remained",
        "remains", "stayed", "stays", "held", "holds", "reached", "hit", "came", "is", "was", "be", "sits", "sat",
    ]

    private static let pastMarkers: Set<String> = [
        "ago", "earlier", "previous", "previously", "peak", "peaked", "since", "from", "compared", "versus", "before",
    ]

    private static let measures: Set<String> = ["rate", "rates", "level", "index", "growth", "figure", "share", "yield", "yields", "margin"]
}
