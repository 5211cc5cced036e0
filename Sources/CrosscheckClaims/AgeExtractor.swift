/// A person's age as news style prints it: "Daniel Okafor, 29, of Ashford", "Jane Roe (52)",
/// "29-year-old Daniel Okafor". Outlets that give one person different ages disagree.
enum AgeExtractor {
    static func extract(_ context: SentenceContext) -> [Fact] {
        let tokens = context.tokens
        var facts: [Fact] = []
        for mention in context.sentence.mentions {
            let start = mention.title.isEmpty ? mention.name.lowerBound : mention.title.lowerBound
            // "A 27-year-old Columbus man": the capitalised word says where the man is from; he is unnamed.
            let describesSomeone = mention.name.upperBound < tokens.count && Self.personNouns.contains(tokens[mention.name.upperBound].lower)
            guard let (age, at) = ageAfter(tokens, mention.name.upperBound) ?? (describesSomeone ? nil : ageBefore(tokens, start)) else { continue }
            // The age itself says the name is a person's.
            let key = context.people.key(for: mention) ?? "s:" + mention.surname
            facts.append(
                context.fact(
                    Topic(attribute: .age, subject: key), value: .number(Double(age), approximate: false),
                    valueText: String(age), at: at, subjectLabel: mention.text, personKey: key))
        }
        return facts
    }

    private static let personNouns: Set<String> = [
        "man", "woman", "boy", "girl", "teen", "teenager", "youth", "resident", "student", "mother", "father", "driver",
        "worker", "native", "pensioner", "grandmother", "grandfather", "toddler", "baby", "child", "soldier", "officer",
    ]

    /// ", 29," or ", 29." or " (29)" right after the name.
    private static func ageAfter(_ tokens: [ClaimToken], _ e: Int) -> (Int, Int)? {
        guard e + 2 < tokens.count, [",", "("].contains(tokens[e].text), let age = age(tokens[e + 1]) else { return nil }
        let close = tokens[e + 2].text
        let closes = tokens[e].text == "(" ? close == ")" : [",", ".", ";"].contains(close)
        guard closes else { return nil }
        // ", 29, 31 and 40": a list of figures is no age.
        if e + 3 < tokens.count, tokens[e + 3].kind == .number { return nil }
        return (age, e + 1)
    }

    /// "29-year-old Daniel Okafor": the figure and "-year", then "-old", right before the name.
    private static func ageBefore(_ tokens: [ClaimToken], _ s: Int) -> (Int, Int)? {
        guard s >= 3, tokens[s - 1].lower == "old", tokens[s - 2].text == "-", tokens[s - 3].lower.hasSuffix("-year"),
              let n = Int(tokens[s - 3].lower.dropLast(5)), (1...120).contains(n)
        else { return nil }
        return (n, s - 3)
    }

    private static func age(_ token: ClaimToken) -> Int? {
        guard token.kind == .number, token.text.utf8.count <= 3, let n = Int(token.text), (1...120).contains(n) else { return nil }
        return n
    }
}
