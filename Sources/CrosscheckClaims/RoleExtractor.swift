/// Who someone is: service branch, rank and office, from the title before a name ("Marine Corps
/// Gen. William Seely"), an appositive after it ("Mark Milley, chairman of the Joint Chiefs") or a
/// later "the Navy admiral".
enum RoleExtractor {
    static func extract(_ context: SentenceContext, state: inout DocumentState) -> [Fact] {
        var facts: [Fact] = []
        let tokens = context.tokens
        for person in context.persons {
            let m = person.mention
            var phrases: [(TitlePhrase, Int)] = []
            if !m.title.isEmpty { phrases.append((TitlePhrase.parse(tokens, m.title), m.title.lowerBound)) }
            // "Writing in the Daily Telegraph, the shadow chancellor, Mel Stride, said": a role between
            // commas that a name follows is that name's.
            if let range = NameMentions.appositive(tokens, after: m.name.upperBound),
               !context.persons.contains(where: { range.contains($0.mention.name.lowerBound) }),
               !(range.upperBound + 1 < tokens.count && tokens[range.upperBound].text == ","
                   && context.sentence.mentions.contains { $0.name.lowerBound == range.upperBound + 1 })
            {
                phrases.append((TitlePhrase.parse(tokens, range), range.lowerBound))
            }
            for (phrase, at) in phrases {
                facts += roleFacts(phrase, person: person.key, label: m.text, at: at, context)
                if phrase.rank != nil { state.lastRanked = (person.key, context.sentence.paragraph) }
            }
            if !tokens[m.name.lowerBound].quoted { state.lastPerson = person.key }
        }
        facts += anaphora(context, state: state)
        return facts
    }

    private static func roleFacts(_ phrase: TitlePhrase, person: String, label: String, at: Int, _ context: SentenceContext) -> [Fact] {
        var facts: [Fact] = []
        if let branch = phrase.branch {
            facts.append(context.fact(Topic(attribute: .branch, subject: person), value: .category(branch), valueText: branch, at: at, subjectLabel: label, personKey: person))
        }
        if let rank = phrase.rank {
            facts.append(context.fact(Topic(attribute: .rank, subject: person), value: .category(rank), valueText: rank, at: at, subjectLabel: label, personKey: person))
        }
        if let post = phrase.post {
            facts.append(
                context.fact(
                    Topic(attribute: .post, subject: person), value: .post(head: post.head, body: post.body),
                    valueText: post.text, at: at, subjectLabel: label, personKey: person))
        }
        return facts
    }

    /// "the Marine general": a service and rank with no name refer to the last person written with
    /// a rank, if that was in this paragraph or the one before.
    private static func anaphora(_ context: SentenceContext, state: DocumentState) -> [Fact] {
        guard let last = state.lastRanked, context.sentence.paragraph - last.paragraph <= 2 else { return [] }
        let tokens = context.tokens
        var facts: [Fact] = []
        for i in tokens.indices where tokens[i].lower == "the" {
            var j = i + 1
            while j < tokens.count, TitleWords.isNationality(tokens[j]) { j += 1 }
            guard j < tokens.count, let (branch, length) = TitleWords.branch(tokens, at: j) else { continue }
            let r = j + length
            guard r < tokens.count, let (_, rankLength) = TitleWords.longestMatch(tokens, at: r, in: ClaimLexicon.ranks),
                  r + rankLength >= tokens.count || !NameMentions.isNameToken(tokens, r + rankLength)
            else { continue }
            facts.append(
                context.fact(
                    Topic(attribute: .branch, subject: last.key), value: .category(branch), valueText: branch, at: j,
                    subjectLabel: "", personKey: last.key))
        }
        return facts
    }
}
