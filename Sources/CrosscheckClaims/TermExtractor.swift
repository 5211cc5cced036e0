/// The length of a sentence or ban a court gave: "jailed for six years", "sentenced to 18 months",
/// "banned from driving for five years". Outlets that give one term different lengths disagree.
enum TermExtractor {
    /// Verbs of sentencing, by the kind of term they give.
    static let verbs: [String: String] = [
        "jailed": "prison", "imprisoned": "prison", "sentenced": "prison", "locked": "prison", "detained": "prison",
        "banned": "ban", "disqualified": "ban", "barred": "ban",
    ]
    /// Months in one unit of time.
    private static let months: [String: Double] = [
        "year": 12, "years": 12, "month": 1, "months": 1, "week": 12.0 / 52, "weeks": 12.0 / 52,
    ]

    static func extract(_ context: SentenceContext) -> [Fact] {
        let tokens = context.tokens
        var facts: [Fact] = []
        for v in tokens.indices {
            guard tokens[v].is(.sentencing), let kind = verbs[tokens[v].lower], !tokens[v].quoted, !context.isHypothetical(v, span: 3),
                  let (months, span) = length(tokens, after: v)
            else { continue }
            // "a total of 20 years" between several people is no one's term.
            if ((v + 1)..<span.lowerBound).contains(where: { ["total", "combined", "between"].contains(tokens[$0].lower) }) { continue }
            let person = holder(context, verb: v)
            facts.append(
                context.fact(
                    Topic(attribute: .term, subject: person?.key ?? "", detail: kind), value: .number(months, approximate: false),
                    valueText: tokens[span].map(\.text).joined(separator: " "), at: span.lowerBound,
                    subjectLabel: person?.mention.text ?? "", wording: kind, personKey: person?.key))
        }
        return facts
    }

    /// Who was given the term: the name right after an active verb ("Judge Roe jailed Jane Doe"), or the
    /// last name before a passive one ("Jane Doe, 29, was jailed"); no one when neither.
    private static func holder(_ context: SentenceContext, verb v: Int) -> PersonMention? {
        let tokens = context.tokens
        if let object = context.persons.first(where: { $0.mention.name.lowerBound == v + 1 || $0.mention.title.lowerBound == v + 1 }) {
            return object
        }
        let passive = (max(0, v - 3)..<v).contains { ["was", "were", "been", "is", "be", "being"].contains(tokens[$0].lower) }
        guard passive else { return nil }
        return context.persons.last { $0.mention.name.upperBound <= v && !tokens[$0.mention.name.lowerBound].quoted }
    }

    /// "for six years", "to 18 months", "for a further two years", "for nine and a half years", "for
    /// nine years and six months": the length in months and the tokens that give it, within a few words.
    private static func length(_ tokens: [ClaimToken], after v: Int) -> (months: Double, span: Range<Int>)? {
        for k in (v + 1)..<min(tokens.count, v + 8) where ["for", "to"].contains(tokens[k].lower) {
            var i = k + 1
            // "up to five years" is the most a charge carries, not a term given.
            if i < tokens.count, tokens[i].lower == "up" { return nil }
            while i < tokens.count, ["a", "further", "another"].contains(tokens[i].lower) { i += 1 }
            guard let (first, end) = amount(tokens, at: i) else { continue }
            // "nine years and six months".
            if end + 1 < tokens.count, tokens[end].lower == "and", let (more, last) = amount(tokens, at: end + 1) {
                return (first + more, i..<last)
            }
            return (first, i..<end)
        }
        return nil
    }

    /// A figure and its unit at `i`, in months, and the index after them: "six years", "nine and a half
    /// years", "nine-and-a-half years".
    private static func amount(_ tokens: [ClaimToken], at i: Int) -> (Double, Int)? {
        guard i < tokens.count else { return nil }
        var value: Double
        var u: Int
        if let whole = ClaimNumbers.halfWord(tokens[i].lower) {
            (value, u) = (whole + 0.5, i + 1)
        } else if let figure = ClaimNumbers.parse(tokens, at: i) {
            (value, u) = (figure.value, i + figure.length)
            if u + 3 < tokens.count, tokens[u..<(u + 3)].map(\.lower) == ["and", "a", "half"] { (value, u) = (value + 0.5, u + 3) }
        } else {
            return nil
        }
        guard u < tokens.count, let unit = months[tokens[u].lower] else { return nil }
        return (value * unit, u + 1)
    }
}
