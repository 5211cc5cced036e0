/// Who did what and when: "On Sunday, Iraq's parliament passed a resolution", "the strike that
/// killed Qasem Soleimani", "He was killed ... on Friday", and "a letter dated Sunday".
enum EventExtractor {
    struct Verb {
        var event: String
        var past: String
        /// The claim is about who the act was done to ("killed X"), not who did it.
        var aboutPatient: Bool
        /// The claim is about the thing acted on ("declared an emergency"), whoever acted.
        var aboutObject = false
    }

    /// Acts whose date is worth comparing; synonyms share one event. Speech verbs are left out:
    /// each statement is its own event, so differing days would not be a dispute.
    static let verbs: [String: Verb] = [
        "passed": Verb(event: "pass", past: "passed", aboutPatient: false),
        "voted": Verb(event: "pass", past: "voted", aboutPatient: false),
        "adopted": Verb(event: "pass", past: "adopted", aboutPatient: false),
        "approved": Verb(event: "pass", past: "approved", aboutPatient: false),
        "killed": Verb(event: "kill", past: "killed", aboutPatient: true),
        "killing": Verb(event: "kill", past: "killed", aboutPatient: true),
        "assassinated": Verb(event: "kill", past: "killed", aboutPatient: true),
        "assassination": Verb(event: "kill", past: "killed", aboutPatient: true),
        "slain": Verb(event: "kill", past: "killed", aboutPatient: true),
        "arrested": Verb(event: "arrest", past: "arrested", aboutPatient: true),
        "detained": Verb(event: "arrest", past: "arrested", aboutPatient: true),
        "elected": Verb(event: "elect", past: "elected", aboutPatient: true),
        "died": Verb(event: "die", past: "died", aboutPatient: false),
        "resigned": Verb(event: "resign", past: "resigned", aboutPatient: false),
        "declared": Verb(event: "declare", past: "declared", aboutPatient: false, aboutObject: true),
        "imposed": Verb(event: "impose", past: "imposed", aboutPatient: false, aboutObject: true),
        "lifted": Verb(event: "lift", past: "lifted", aboutPatient: false, aboutObject: true),
    ]

    static func extract(_ context: SentenceContext, state: DocumentState) -> [Fact] {
        let tokens = context.tokens
        var facts: [Fact] = []
        // Dates are looked for only in sentences that have an event verb.
        lazy var dates = context.dates()
        for i in tokens.indices where tokens[i].isWord {
            if tokens[i].lower == "dated", let fact = dated(context, i, dates: dates, state: state) {
                facts.append(fact)
                continue
            }
            guard tokens[i].is(.eventVerb), let verb = verbs[tokens[i].lower], !context.isHypothetical(i, span: 3),
                  !(max(0, i - 2)..<i).contains(where: { context.isNegation(tokens[$0]) })
            else { continue }
            let passive = i > 0 && context.isBeForm(tokens[i - 1])
            var subject: (key: String, label: String, person: String?)?
            if verb.aboutObject {
                // Only a dated act is worth a row: "declared an emergency on Monday".
                let thing = passive ? agent(context, i).flatMap { $0.person == nil ? ($0.key, $0.label) : nil } : object(context, i)
                subject = thing.map { ($0.0, $0.1, nil) }
            } else if verb.aboutPatient {
                let key = passive ? personBefore(context, i, state: state) : personAfter(context, i)
                subject = key.map { ($0, "", $0) }
            } else if passive, let doer = byAgent(context, i) {
                subject = doer
            } else {
                subject = agent(context, i)
            }
            guard let subject else { continue }
            // The day nearest the verb, if one is close.
            var day = dates.filter { abs($0.index - i) <= 15 }.min { abs($0.index - i) < abs($1.index - i) }
            if verb.aboutObject {
                // "On Tuesday officials said the mayor declared a curfew": Tuesday is when they spoke.
                day = dates.first { $0.index > i && $0.index <= i + 8 }
                    ?? dates.last { $0.index < i && !($0.index..<i).contains { ClaimLexicon.speechVerbs.contains(tokens[$0].lower) } }
                if day == nil { continue }
            }
            // "The ship passed its inspection": an undated act of a thing is no row worth reading.
            if subject.person == nil, day == nil { continue }
            let wording = verb.aboutPatient || verb.aboutObject ? "was " + verb.past : tokens[i].lower
            facts.append(
                context.fact(
                    Topic(attribute: .event, subject: subject.key, detail: verb.event),
                    value: day.map { .category($0.value) }, valueText: day?.text, at: i, subjectLabel: subject.label,
                    wording: wording, personKey: subject.person))
        }
        return facts
    }

    /// "killed Iranian general Qasem Soleimani", "the killing of X": the first person named soon after.
    private static func personAfter(_ context: SentenceContext, _ i: Int) -> String? {
        context.persons.first { $0.mention.name.lowerBound > i && $0.mention.name.lowerBound <= i + 8 }
            .flatMap { p in
                // Only titles, commas and "of" may stand between the verb and the name.
                let between = (i + 1)..<p.mention.title.lowerBound
                let clear = between.allSatisfy { k in
                    let t = context.tokens[k]
                    return ["of", "the", ","].contains(t.lower) || t.isCapitalized || t.possessive
                        || t.is([.title, .titleModifier])
                }
                return clear ? p.key : nil
            }
    }

    /// "X was killed", "He was killed": the person named just before, or whom "he" stands for.
    private static func personBefore(_ context: SentenceContext, _ i: Int, state: DocumentState) -> String? {
        let tokens = context.tokens
        var j = i - 1
        while j >= 0, context.isBeForm(tokens[j]) || tokens[j].isAdverb { j -= 1 }
        guard j >= 0 else { return nil }
        if let person = context.person(at: j) { return person.key }
        if ["he", "she"].contains(tokens[j].lower) { return context.personBefore(j, state: state) }
        return nil
    }

    /// "declared a state of emergency" → "emergency": the noun acted on, through "state of".
    private static func object(_ context: SentenceContext, _ i: Int) -> (key: String, label: String)? {
        let tokens = context.tokens
        var j = i + 1
        while j < tokens.count, ["a", "an", "the", "its", "their", "his", "her", "new"].contains(tokens[j].lower) { j += 1 }
        guard var head = context.nounHead(from: j) else { return nil }
        if head.index + 2 < tokens.count, tokens[head.index + 1].lower == "of", let inner = context.nounHead(from: head.index + 2) {
            head = inner
        }
        let noun = QuantityExtractor.singularize(head.word)
        return (noun, "the " + noun)
    }

    /// "Iraq's parliament passed", "the Iraqi parliament adopted": the noun or person just before.
    private static func agent(_ context: SentenceContext, _ i: Int) -> (key: String, label: String, person: String?)? {
        let tokens = context.tokens
        var j = i - 1
        while j >= 0, tokens[j].isAdverb || ClaimLexicon.auxiliaries.contains(tokens[j].lower) { j -= 1 }
        guard j >= 0 else { return nil }
        if let person = context.person(at: j) { return (person.key, "", person.key) }
        let t = tokens[j]
        guard t.isWord, !t.possessive, !t.is([.function, .calendar]),
              !TitleWords.isNationality(t), !t.lower.hasSuffix("ed"), ClaimNumbers.parse(tokens, at: j) == nil
        else { return nil }
        let noun = QuantityExtractor.singularize(t.lower)
        if ClaimLexicon.timeUnits.contains(noun) { return nil }  // "as weeks passed"
        // "Twelve people died" is a count, which the quantities already hold.
        if j > 0, ClaimNumbers.parse(tokens, at: j - 1) != nil || tokens[j - 1].kind == .number { return nil }
        return (noun, "the " + t.lower, nil)
    }

    /// "was approved by the Senate": in the passive the doer follows "by".
    private static func byAgent(_ context: SentenceContext, _ i: Int) -> (key: String, label: String, person: String?)? {
        let tokens = context.tokens
        guard i + 2 < tokens.count, tokens[i + 1].lower == "by" else { return nil }
        var j = i + 2
        if tokens[j].lower == "the", j + 1 < tokens.count { j += 1 }
        if let person = context.person(at: j) { return (person.key, "", person.key) }
        let t = tokens[j]
        guard t.isWord, !t.is([.function, .calendar]), !TitleWords.isNationality(t), ClaimNumbers.parse(tokens, at: j) == nil,
              j + 1 >= tokens.count || !context.isContentWord(tokens[j + 1])
        else { return nil }
        return (QuantityExtractor.singularize(t.lower), "the " + t.lower, nil)
    }

    /// "a letter dated Sunday": the date a document bears.
    private static func dated(
        _ context: SentenceContext, _ i: Int, dates: [(value: String, index: Int, text: String)], state: DocumentState
    ) -> Fact? {
        guard let date = dates.first(where: { $0.index == i + 1 || $0.index == i + 2 }), i > 0,
              context.isContentWord(context.tokens[i - 1])
        else { return nil }
        let noun = QuantityExtractor.singularize(context.tokens[i - 1].lower)
        return context.fact(
            Topic(attribute: .date, subject: noun), value: .category(date.value), valueText: date.text, at: i,
            subjectLabel: "the " + noun)
    }
}
