/// Runs every extractor over one document's sentences in reading order, carrying who "he" and
/// "it" refer to from one sentence to the next.
enum DocumentExtractor {
    struct Result: Sendable {
        var facts: [Fact]
        /// Person key → full written names and their counts, for labels.
        var names: [String: [String: Int]]
        var signature: [UInt64]
    }

    static func extract(_ document: PreparedDocument, directory: PeopleDirectory) -> Result {
        let people = PersonIndex(directory: directory, document: document)
        var state = DocumentState()
        var facts: [Fact] = []
        var names: [String: [String: Int]] = [:]
        for sentence in document.sentences {
            var context = SentenceContext(sentence: sentence, sourceID: document.id, people: people)
            context.year = document.year
            facts += EventExtractor.extract(context, state: state)
            facts += QuantityExtractor.extract(context)
            facts += StateExtractor.extract(context, state: &state)
            facts += IntentExtractor.extract(context)
            facts += OrdinalExtractor.extract(context)
            facts += TallyExtractor.extract(context)
            facts += AgeExtractor.extract(context)
            facts += MeasureExtractor.extract(context)
            facts += TermExtractor.extract(context)
            facts += LastActExtractor.extract(context)
            facts += RoleExtractor.extract(context, state: &state)
            for person in context.persons where person.mention.name.count >= 2 {
                names[person.key, default: [:]][person.mention.text, default: 0] += 1
            }
        }
        return Result(facts: facts, names: names, signature: document.signature)
    }
}
