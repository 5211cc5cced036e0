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
        if namesOrDates(tokens, figure: figure, at: i) { return nil }
        var unit: (key: String, text: String)?
        var nationality: String?
        var qualified = false
        var headOutcome: String?
        var j = after
        if i > 0, let currency = currencies[tokens[i - 1].text] {
            // "stole £2.3million meant for care homes": what a verb did with the sum names it.
            if let (k, _) = sumWord(tokens, before: i - 1), ClaimLexicon.sumVerbs[tokens[k].lower] != nil {
                return sum(context, figure: figure, at: i, currency: currency, before: i - 1)
            }
            // A sum says little without what it pays for: "a $5 billion deal", "$6 billion in aid".
            var start = j
            if start + 1 < tokens.count, ["in", "for", "of"].contains(tokens[start].lower), context.isContentWord(tokens[start + 1]) {
                start += 1
            }
            // "handing £1billion back to investors": a particle after the sum is no noun of it.
            guard let noun = countedNoun(context, from: start, plural: false), !sumParticles.contains(noun.head) else {
                return sum(context, figure: figure, at: i, currency: currency, before: i - 1)
            }
            let head = ClaimLexicon.unitSynonyms[noun.head] ?? noun.head
            let words = (noun.modifiers + [head]).joined(separator: " ")
            unit = (currency + " " + words, (noun.modifierText + [head]).joined(separator: " ") + " (" + currency + ")")
            qualified = !noun.modifiers.isEmpty
            j = noun.index + 1
        } else if let percent = percentLength(tokens, at: j) {
            // A share of what is rarely clear from the words around it; a level that a named thing
            // rose, fell or stood at is ("inflation fell to 3.2%").
            return rate(context, figure: figure, at: i, percent: percent) ?? voteShare(context, figure: figure, at: i, percent: percent)
                ?? shareMove(context, figure: figure, at: i, percent: percent) ?? containment(context, figure: figure, at: i, percent: percent)
        } else {
            while j < tokens.count, TitleWords.isNationality(tokens[j]) {
                nationality = nationality ?? (ClaimLexicon.nationalities[tokens[j].lower] ?? tokens[j].text)
                j += 1
            }
            guard var noun = countedNoun(context, from: j) else {
                return elliptical(context, figure: figure, at: i) ?? toll(context, figure: figure, at: i)
                    ?? rate(context, figure: figure, at: i, percent: 0)
            }
            // "killing six people and injuring 40 others": the others are of the kind counted before.
            // "left two people dead and four others wounded": an earlier count named by what befell it counts people.
            // "two people familiar with the matter told Reuters": unnamed sources, not a count of the story.
            let after = tokens[(noun.index + 1)...].prefix(3).map(\.lower)
            if after.starts(with: ["familiar", "with"]) || after.starts(with: ["with", "knowledge", "of"]) || after.starts(with: ["briefed", "on"]) {
                return nil
            }
            if noun.head == "others", noun.modifiers.isEmpty, let earlier = earlierNoun(context, before: i) {
                noun.head = ClaimLexicon.outcomes[earlier] == nil ? earlier : "people"
            }
            // "a magnitude 6.4 earthquake", "a 3.5 rating": a fraction measures, it does not count;
            // and two or more of a thing take a plural ("5,000 troops", not "6 earthquake struck").
            if figure.value != figure.value.rounded() && figure.length == 1 { return nil }
            // "two thirds of his sentence": a fraction, not a count.
            if fractions.contains(noun.head) { return nil }
            if figure.value >= 2, !isPlural(noun.head), ClaimLexicon.outcomes[noun.head] == nil { return nil }
            let singular = singularize(noun.head)
            // "70 miles per hour": a speed (`MeasureExtractor`), not a distance.
            if ["miles", "kilometres", "kilometers", "km"].contains(noun.head), noun.index + 2 < tokens.count,
               ["per", "an", "a"].contains(tokens[noun.index + 1].lower),
               ClaimLexicon.timeUnits.contains(tokens[noun.index + 2].lower)
            {
                return nil
            }
            // "150 mph winds": a speed (`MeasureExtractor`), not a count of winds.
            if ["mph", "kph", "kmh", "knots"].contains(tokens[j].lower) { return nil }
            // "two months later": a span of time, not a count.
            if (j...noun.index).contains(where: { ClaimLexicon.timeUnits.contains(singularize(tokens[$0].lower)) }) { return nil }
            let head = unitKey(noun.head)
            // "fined the firm 14 million pounds": a sum written out in words, named by what comes before it.
            if ["pounds", "dollars", "euros"].contains(head), noun.modifiers.isEmpty, j == noun.index {
                return sum(context, figure: figure, at: i, currency: head, before: i)
            }
            // Names that narrow what is counted ("National Guard troops") make it one thing to count.
            let narrowing = noun.countModifiers
            unit = ((narrowing.keys + [head]).joined(separator: " "),
                    (narrowing.text + [ClaimLexicon.unitSynonyms[singular] ?? noun.head]).joined(separator: " "))
            qualified = noun.named > 0
            // "more than 300 injured": the noun is itself what befell them.
            if narrowing.keys.isEmpty, let befell = ClaimLexicon.outcomes[noun.head] {
                unit = ("people", "people")
                headOutcome = befell
            }
            // "claimed three lives", "three lives were lost": lives taken are people killed.
            if noun.head == "lives",
               (max(0, i - 3)..<i).contains(where: { ["claimed", "claiming", "cost", "costing", "took", "taken", "lost"].contains(tokens[$0].lower) })
                || noun.index + 2 < tokens.count && ["lost", "claimed"].contains(tokens[noun.index + 2].lower)
            {
                unit = ("people", "people")
                headOutcome = "killed"
            }
            j = noun.index + 1
        }
        guard let unit else { return nil }
        let isSum = i > 0 && currencies[tokens[i - 1].text] != nil
        let (approximate, hedge) = hedge(tokens, before: isSum ? i - 1 : i)
        let place = place(context, from: j) ?? leadingPlace(context, before: i)
        let outcome: String?
        if let headOutcome {
            outcome = headOutcome
        } else if isSum {
            // Money is not hurt or killed: "$31 billion in aid to farmers hurt by tariffs".
            outcome = nil
        } else {
            outcome = isMargin(tokens, before: i, unit: unit.key) ? "margin" : Self.outcome(tokens, before: i, after: j)
        }
        // "The 1998 quake killed 120 people": what befell people in another year is background.
        if outcome != nil, context.namesAnotherYear { return nil }
        let written = ClaimToken.written(tokens[i..<(i + figure.length)])
        let valueText = ([hedge, written].compactMap { $0 }).joined(separator: " ")
        var label = [nationality, unit.text, outcome].compactMap { $0 }.joined(separator: " ")
        if let place { label += " in " + place.text }
        var subject = [unit.key, nationality ?? "", place?.key ?? "", outcome ?? ""]
        // With nothing but the unit to say what is counted ("500 people"), two different figures
        // are more likely two different things than a dispute: only equal figures group.
        if nationality == nil, place == nil, outcome == nil, !qualified { subject.append("=" + ClaimNumbers.format(figure.value)) }
        return context.fact(
            Topic(attribute: .count, subject: subject.joined(separator: "|")),
            value: .number(figure.value, approximate: approximate), valueText: valueText, at: i, subjectLabel: label,
            wording: unit.text)
    }

    /// "won by six votes", "lost by just seven votes": the margin of a contest, not a tally.
    private static func isMargin(_ tokens: [ClaimToken], before i: Int, unit: String) -> Bool {
        var k = i - 1
        while k >= 0, ["just", "only", "mere", "a"].contains(tokens[k].lower) { k -= 1 }
        return k >= 0 && tokens[k].lower == "by" && ["vote", "point", "seat", "goal", "run", "wicket", "stroke"].contains(unit)
    }

    private static let sumParticles: Set<String> = ["back", "more", "less", "over", "off", "out", "up", "down", "away", "each", "apiece", "extra"]

    private static let publicationWords: Set<String> = [
        "journal", "times", "post", "review", "magazine", "gazette", "herald", "tribune", "telegraph", "guardian", "lancet",
    ]

    private static let fractions: Set<String> = ["halves", "thirds", "quarters", "fifths", "sixths", "sevenths", "eighths", "ninths", "tenths"]

    private static let approximators = ClaimLexicon.approximators.sorted { $0.count > $1.count }
    static let approximatorWords = Set(ClaimLexicon.approximators.joined())

    /// What happened to those counted, when the sentence says: killed and injured are different
    /// counts of the same people. Phrases ("told to leave their homes") may reach a little further.
    private static func outcome(_ tokens: [ClaimToken], before i: Int, after j: Int) -> String? {
        // After the noun first ("12 people were killed"), then before the figure ("killed 12
        // people"), but not across "and" or a comma into another figure's words.
        var near: [Int] = []
        for k in j..<min(tokens.count, j + 4) {
            if ["and", ",", ";"].contains(tokens[k].lower) || ClaimNumbers.parse(tokens, at: k) != nil { break }
            near.append(k)
        }
        var k = i - 1
        while k >= max(0, i - 4), !["and", ",", ";"].contains(tokens[k].lower), ClaimNumbers.parse(tokens, at: k) == nil {
            near.append(k)
            k -= 1
        }
        if let word = near.lazy.compactMap({ ClaimLexicon.outcomes[tokens[$0].lower] }).first { return word }
        for k in j..<min(tokens.count, j + 4) {
            for (phrase, outcome) in outcomePhrases where k + phrase.count <= tokens.count {
                if phrase.indices.allSatisfy({ tokens[k + $0].lower == phrase[$0] }) { return outcome }
            }
        }
        return nil
    }

    private static let outcomePhrases = ClaimLexicon.outcomePhrases.sorted { $0.key.joined(separator: " ") < $1.key.joined(separator: " ") }

    /// "two people were killed and 35 were injured", "killing two and injuring 35": a figure
    /// with no noun, beside what befell them, counts people.
    private static func elliptical(_ context: SentenceContext, figure: ClaimNumbers.Figure, at i: Int) -> Fact? {
        let tokens = context.tokens
        let after = i + figure.length
        var befell: String?
        if after + 1 < tokens.count, context.isBeForm(tokens[after]) {
            befell = ClaimLexicon.outcomes[tokens[after + 1].lower]
        } else if i > 0, let verb = ClaimLexicon.outcomeVerbs[tokens[i - 1].lower] {
            befell = verb
        }
        guard let befell, !context.namesAnotherYear else { return nil }
        let (approximate, hedge) = hedge(tokens, before: i)
        let written = ClaimToken.written(tokens[i..<after])
        return context.fact(
            Topic(attribute: .count, subject: ["people", "", "", befell].joined(separator: "|")),
            value: .number(figure.value, approximate: approximate),
            valueText: ([hedge, written].compactMap { $0 }).joined(separator: " "), at: i, subjectLabel: "people " + befell,
            wording: "people")
    }

    /// "The death toll rose to 15": a figure with no noun of its own, soon after "toll", counts the
    /// dead. Its unit is left empty for the claim builder to take from the story's one count of the dead.
    private static func toll(_ context: SentenceContext, figure: ClaimNumbers.Figure, at i: Int) -> Fact? {
        let tokens = context.tokens
        // "The death toll from the magnitude 7.8 earthquake has risen to 5,100": a grade between is no other figure.
        let grades: Set<String> = ["magnitude", "category"]
        let isGrade = { (k: Int) in
            (k >= 1 && grades.contains(tokens[k - 1].lower)) || (k >= 2 && tokens[k - 1].text == "-" && grades.contains(tokens[k - 2].lower))
                || (k + 1 < tokens.count && grades.contains(tokens[k + 1].lower))
        }
        guard let t = (max(0, i - 12)..<i).last(where: { tokens[$0].lower == "toll" }), t > 0,
              tokens[t - 1].lower == "death" || tokens[t - 1].is(.function),
              !((t + 1)..<i).contains(where: { ClaimNumbers.parse(tokens, at: $0) != nil && !isGrade($0) })
        else { return nil }
        let (approximate, hedge) = hedge(tokens, before: i)
        let written = ClaimToken.written(tokens[i..<(i + figure.length)])
        return context.fact(
            Topic(attribute: .count, subject: ["", "", "", "killed"].joined(separator: "|")),
            value: .number(figure.value, approximate: approximate),
            valueText: ([hedge, written].compactMap { $0 }).joined(separator: " "), at: i, subjectLabel: "death toll",
            wording: "deaths")
    }

    /// The name a plural noun is counted under: "soldiers" → "troops", "cases" → "case".
    static func unitKey(_ plural: String) -> String {
        let singular = singularize(plural)
        return ClaimLexicon.unitSynonyms[singular] ?? ClaimLexicon.unitSynonyms[plural] ?? singular
    }

    /// What the last figure before `index` in the sentence counts.
    private static func earlierNoun(_ context: SentenceContext, before index: Int) -> String? {
        for k in stride(from: index - 1, through: 0, by: -1) {
            guard let figure = ClaimNumbers.parse(context.tokens, at: k), k + figure.length <= index,
                  let noun = countedNoun(context, from: k + figure.length), noun.head != "others"
            else { continue }
            return noun.head
        }
        return nil
    }

    /// "about", "some", "more than" just before the figure.
    static func hedge(_ tokens: [ClaimToken], before index: Int) -> (Bool, String?) {
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
            // "according to the Budget Office" names a source, not a place.
            let cites = k > 0 && tokens[k].lower == "to" && tokens[k - 1].lower == "according"
            if placePrepositions.contains(tokens[k].lower), !cites, let found = placeAfter(context, k) {
                if tokens[k].lower != "from" { return found }
                fallback = fallback ?? found
            }
            k += 1
        }
        return fallback
    }

    /// "In Cornwall, about 10,000 homes …": a place set before the sentence's figures, by a comma.
    private static func leadingPlace(_ context: SentenceContext, before i: Int) -> (key: String, text: String)? {
        let tokens = context.tokens
        guard tokens.count > 3, ["in", "across", "throughout"].contains(tokens[0].lower),
              let comma = (1..<min(i, 6)).first(where: { tokens[$0].text == "," }),
              !(1..<comma).contains(where: { ClaimNumbers.parse(tokens, at: $0) != nil })
        else { return nil }
        return placeAfter(context, 0)
    }

    /// A capitalised place, or a demonym's place, just after the preposition at `k`.
    private static func placeAfter(_ context: SentenceContext, _ k: Int) -> (key: String, text: String)? {
        let tokens = context.tokens
        var p = k + 1
        if p < tokens.count, tokens[p].lower == "the" { p += 1 }
        // "taking 12,645 votes to Ms Shore's 12,639": a person, not a place.
        guard p < tokens.count, tokens[p].isCapitalized, tokens[p].isWord, context.person(at: p) == nil,
              !ClaimLexicon.courtesyTitles.contains(tokens[p].lower)
        else { return nil }
        if let place = context.people.place(forDemonym: tokens[p].lower) {
            return (place, place.prefix(1).uppercased() + place.dropFirst())
        }
        var q = p
        while q < tokens.count, NameMentions.isNameToken(tokens, q) {
            q += 1
            if tokens[q - 1].possessive { break }
        }
        // "published in the European Heart Journal": a publication, not a place.
        guard q > p, !publicationWords.contains(tokens[q - 1].lower) else { return nil }
        let words = tokens[p..<q]
        return (words.map { ClaimLexicon.americanSpelling($0.lower) }.joined(separator: " "), words.map(\.text).joined(separator: " "))
    }

    static func singularize(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") || word.hasSuffix("ches") || word.hasSuffix("shes") { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
        return word
    }
}
