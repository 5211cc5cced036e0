/// Figures with what they count: "some 5,200 U.S. soldiers", "about 5,000 troops in Iraq",
/// "five thousand protesters", "76 countries".
enum QuantityExtractor {
    private static let placePrepositions: Set<String> = ["in", "from", "across", "inside", "throughout", "into", "at", "to"]
    private static let currencies: [String: String] = ["$": "dollars", "£": "pounds", "€": "euros"]

    static func extract(_ context: SentenceContext) -> [Fact] {
        let tokens = context.tokens
        var facts: [Fact] = []
        var i = 0
        while i < tokens.count {
            guard let figure = ClaimNumbers.parse(tokens, at: i) else { i += 1; continue }
            defer { i += max(1, figure.length) }
            if let fact = quantity(context, figure: figure, at: i) { facts.append(fact) }
        }
        return facts
    }

    private static func quantity(_ context: SentenceContext, figure: ClaimNumbers.Figure, at i: Int) -> Fact? {
        let tokens = context.tokens
        let after = i + figure.length
        if i > 0, tokens[i - 1].is(.calendar) || ["no", "number", "no."].contains(tokens[i - 1].lower) { return nil }
        if after < tokens.count, tokens[after].is(.calendar) || tokens[after].lower == ":" { return nil }
        // Parts of dates, scores and ranges ("2020-01-06", "3-2"), and numbers with a leading zero.
        let joined = { (k: Int) in k >= 0 && k < tokens.count && ["-", "/", "\u{2013}"].contains(tokens[k].text) }
        if joined(i - 1) || joined(after) || (tokens[i].text.hasPrefix("0") && tokens[i].text.count > 1) { return nil }
        // "the two countries" refers back to things already named; it is not a count.
        if i > 0, tokens[i].kind == .word, ["the", "these", "those", "both", "all"].contains(tokens[i - 1].lower) { return nil }
        let plainYear = figure.length == 1 && tokens[i].kind == .number && !tokens[i].text.contains(",")
            && (1800...2100).contains(figure.value)
        if plainYear { return nil }
        var unit: (key: String, text: String)?
        var nationality: String?
        var j = after
        if i > 0, let currency = currencies[tokens[i - 1].text] {
            // A sum says little without what it pays for: "a $5 billion deal".
            guard let head = context.nounHead(from: j) else { return nil }
            unit = (currency + " " + head.word, head.word + " (" + currency + ")")
            j = head.index + 1
        } else if j < tokens.count, tokens[j].text == "%" || tokens[j].lower == "percent" {
            return nil  // a share of what, in a news story, is rarely clear from the words around it
        } else {
            while j < tokens.count, TitleWords.isNationality(tokens[j]) {
                nationality = nationality ?? (ClaimLexicon.nationalities[tokens[j].lower] ?? tokens[j].text)
                j += 1
            }
            guard let head = context.nounHead(from: j), head.index == j || !tokens[j].isCapitalized else { return nil }
            let singular = singularize(head.word)
            // "two months later": a span of time, not a count.
            if (j...head.index).contains(where: { ClaimLexicon.timeUnits.contains(singularize(tokens[$0].lower)) }) { return nil }
            let key = ClaimLexicon.unitSynonyms[singular] ?? ClaimLexicon.unitSynonyms[head.word] ?? singular
            unit = (key, ClaimLexicon.unitSynonyms[singular] ?? head.word)
            j = head.index + 1
        }
        guard let unit else { return nil }
        let (approximate, hedge) = hedge(tokens, before: currencies[tokens[max(0, i - 1)].text] != nil ? i - 1 : i)
        let place = place(context, from: j)
        let outcome = outcome(tokens, before: i, after: j)
        let written = tokens[i..<(i + figure.length)].map(\.text).joined(separator: " ")
        let valueText = ([hedge, written].compactMap { $0 }).joined(separator: " ")
        var label = [nationality, unit.text, outcome].compactMap { $0 }.joined(separator: " ")
        if let place { label += " in " + place.text }
        var subject = [unit.key, nationality ?? "", place?.key ?? "", outcome ?? ""]
        // With nothing but the unit to say what is counted ("500 people"), two different figures
        // are more likely two different things than a dispute: only equal figures group.
        if nationality == nil, place == nil, outcome == nil { subject.append("=" + ClaimNumbers.format(figure.value)) }
        return context.fact(
            Topic(attribute: .count, subject: subject.joined(separator: "|")),
            value: .number(figure.value, approximate: approximate), valueText: valueText, at: i, subjectLabel: label,
            wording: unit.text)
    }

    private static let approximators = ClaimLexicon.approximators.sorted { $0.count > $1.count }

    /// What happened to those counted, when the sentence says: killed and injured are different
    /// counts of the same people.
    private static func outcome(_ tokens: [ClaimToken], before i: Int, after j: Int) -> String? {
        let near = Array(max(0, i - 4)..<i) + Array(j..<min(tokens.count, j + 4))
        return near.lazy.compactMap { ClaimLexicon.outcomes[tokens[$0].lower] }.first
    }

    /// "about", "some", "more than" just before the figure.
    private static func hedge(_ tokens: [ClaimToken], before index: Int) -> (Bool, String?) {
        for words in approximators where index - words.count >= 0 {
            let span = (index - words.count)..<index
            if span.map({ tokens[$0].lower }) == words {
                return (true, span.map { tokens[$0].text }.joined(separator: " "))
            }
        }
        return (false, nil)
    }

    /// The place the figure is about: "in Iraq", "across Iraqi bases". "From" names a place only
    /// when nothing better follows ("soldiers from the regiment were sent to Worcester").
    private static func place(_ context: SentenceContext, from start: Int) -> (key: String, text: String)? {
        let tokens = context.tokens
        var fallback: (key: String, text: String)?
        var k = start
        while k < min(tokens.count, start + 12) {
            if tokens[k].lower == ";" || ClaimNumbers.parse(tokens, at: k) != nil { break }
            if placePrepositions.contains(tokens[k].lower), let found = placeAfter(context, k) {
                if tokens[k].lower != "from" { return found }
                fallback = fallback ?? found
            }
            k += 1
        }
        return fallback
    }

    /// A capitalised place, or a demonym's place, just after the preposition at `k`.
    private static func placeAfter(_ context: SentenceContext, _ k: Int) -> (key: String, text: String)? {
        let tokens = context.tokens
        var p = k + 1
        if p < tokens.count, tokens[p].lower == "the" { p += 1 }
        guard p < tokens.count, tokens[p].isCapitalized, tokens[p].isWord, context.person(at: p) == nil else { return nil }
        if let place = context.people.place(forDemonym: tokens[p].lower) {
            return (place, place.prefix(1).uppercased() + place.dropFirst())
        }
        var q = p
        while q < tokens.count, NameMentions.isNameToken(tokens, q) {
            q += 1
            if tokens[q - 1].possessive { break }
        }
        guard q > p else { return nil }
        let words = tokens[p..<q]
        return (words.map(\.lower).joined(separator: " "), words.map(\.text).joined(separator: " "))
    }

    static func singularize(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") || word.hasSuffix("ches") || word.hasSuffix("shes") { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
        return word
    }
}
