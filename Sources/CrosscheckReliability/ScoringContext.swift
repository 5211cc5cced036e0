import CrosscheckModel

/// What the detectors share: the corpus counts and the indexes built once over it.
struct ScoringContext: Sendable {
    var input: ReliabilityInput
    var corpus: Corpus
    var spelling: SpellingIndex
    var alignment: SentenceAligner
    var reordered: ReorderedNames
    var nearDuplicates: NearDuplicates
    var slots: PhraseSlots
    var quotes: QuoteAgreement

    init(_ input: ReliabilityInput) {
        self.input = input
        corpus = Corpus(documents: input.documents)
        spelling = SpellingIndex(corpus: corpus)
        alignment = SentenceAligner(corpus: corpus)
        reordered = ReorderedNames(corpus: corpus)
        nearDuplicates = NearDuplicates(corpus: corpus)
        slots = PhraseSlots(corpus: corpus)
        quotes = QuoteAgreement(corpus: corpus, quotes: input.quotes)
    }
}
