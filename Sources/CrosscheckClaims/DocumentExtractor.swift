/// Runs every extractor over one document's sentences in reading order, carrying who "he" and
/// "it" refer to from one sentence to the next.
enum DocumentExtractor {
    static func facts(in document: PreparedDocument, corpus: CorpusContext) -> [Fact] {
        var state = DocumentState()
        var facts: [Fact] = []
        for sentence in document.sentences {
            let context = SentenceContext(sentence: sentence, sourceID: document.id, corpus: corpus)
            facts += EventExtractor.extract(context, state: state)
            facts += QuantityExtractor.extract(context)
            facts += StateExtractor.extract(context, state: &state)
            facts += RoleExtractor.extract(context, state: &state)
        }
        return facts
    }
}
