import CrosscheckModel

/// What the detectors share: the corpus counts and the indexes built once over it.
struct ScoringContext: Sendable {
    var corpus: Corpus
    var spelling: SpellingIndex
    var alignment: SentenceAligner
    var reordered: ReorderedNames
    var nearDuplicates: NearDuplicates
    var slots: PhraseSlots
    var quotes: QuoteAgreement

    init(_ input: ReliabilityInput) {
        self.init(ReliabilityScorer.Groundwork(documents: input.documents), quotes: input.quotes)
    }

    init(_ groundwork: ReliabilityScorer.Groundwork, quotes: [Quote]) {
        corpus = groundwork.corpus
        spelling = groundwork.spelling
        alignment = groundwork.alignment
        reordered = groundwork.reordered
        nearDuplicates = groundwork.nearDuplicates
        slots = groundwork.slots
        self.quotes = QuoteAgreement(corpus: groundwork.corpus, quotes: quotes)
    }
}

extension ReliabilityScorer {
    /// The corpus and its indexes, made from the documents alone: they can be built while the
    /// quotes and claims are still being analysed.
    public struct Groundwork: Sendable {
        /// The ids of the documents it was made from, in order.
        var documentIDs: [String] { corpus.sources.map(\.document.id) }
        fileprivate var corpus: Corpus
        fileprivate var spelling: SpellingIndex
        fileprivate var alignment: SentenceAligner
        fileprivate var reordered: ReorderedNames
        fileprivate var nearDuplicates: NearDuplicates
        fileprivate var slots: PhraseSlots

        public init(documents: [Document]) {
            let corpus = Corpus(documents: documents)
            self.corpus = corpus
            // The indexes read the corpus and not each other, so they are built side by side.
            enum Built { case spelling(SpellingIndex), alignment(SentenceAligner), reordered(ReorderedNames), near(NearDuplicates), slots(PhraseSlots) }
            let built: [Built] = Parallel.map(5) { task in
                switch task {
                case 0: .alignment(SentenceAligner(corpus: corpus))
                case 1: .slots(PhraseSlots(corpus: corpus))
                case 2: .near(NearDuplicates(corpus: corpus))
                case 3: .reordered(ReorderedNames(corpus: corpus))
                default: .spelling(SpellingIndex(corpus: corpus))
                }
            }
            var spelling: SpellingIndex?, alignment: SentenceAligner?, reordered: ReorderedNames?
            var near: NearDuplicates?, slots: PhraseSlots?
            for item in built {
                switch item {
                case .spelling(let x): spelling = x
                case .alignment(let x): alignment = x
                case .reordered(let x): reordered = x
                case .near(let x): near = x
                case .slots(let x): slots = x
                }
            }
            self.spelling = spelling!
            self.alignment = alignment!
            self.reordered = reordered!
            self.nearDuplicates = near!
            self.slots = slots!
        }
    }
}
