import CrosscheckModel
import CrosscheckText

/// Doubled words and typos.
extension Integrity {
    /// `the the`, `mission missions`: a word written twice in a row.
    static func doubledWords(_ source: SourceText) -> Finding? {
        var evidence: [Reliability.Evidence] = []
        for sentence in source.sentences where sentence.kind != .teaser {
            if let pair = doubledWord(sentence.tokens) {
                evidence.append(Reliability.Evidence(sentence, note: "\u{201C}\(pair)\u{201D}"))
            }
        }
        guard !evidence.isEmpty else { return nil }
        return Finding(
            id: "doubled-words", label: "Words written twice in a row (\(evidence.count))",
            points: cappedPoints(Double(evidence.count), each: Weights.doubledWordEach, cap: Weights.doubledWordCap),
            evidence: evidence, phrase: evidence.count == 1 ? "a doubled word" : "\(amountWord(evidence.count)) doubled words")
    }

    static func doubledWord(_ tokens: [Token]) -> String? {
        for i in tokens.indices.dropFirst() {
            guard tokens[i - 1].isAlphabetic, tokens[i].isAlphabetic, tokens[i].isLowercase else { continue }
            let a = tokens[i - 1], b = tokens[i]
            // "The the" at a sentence start counts; "the The" is two sentences run together (a fragment).
            // The list of legitimate doubles is asked last: few pairs of words get that far.
            if a.lower == b.lower || (a.isLowercase && a.text.hasCount(atLeast: 4) && (b.lower == a.lower + "s" || b.lower == a.lower + "es")),
               !Lexicon.legitimateDoubles.contains(b.lower)
            {
                return "\(a.text) \(b.text)"
            }
        }
        return nil
    }

    /// Words no other outlet uses that are one slip of the key away from a word they do use.
    static func typos(_ doc: Int, in context: ScoringContext) -> Finding? {
        let corpus = context.corpus
        let source = corpus.sources[doc]
        guard corpus.count >= 2 else { return nil }
        var found: [String: Reliability.Evidence] = [:]
        for sentence in source.sentences where sentence.kind == .body || sentence.kind == .headline {
            for token in sentence.tokens where token.isLowercase && token.isAlphabetic && token.text.hasCount(atLeast: 5) {
                guard found[token.lower] == nil, let id = corpus.id(token.lower),
                      corpus.siblingsUsing(id, besides: doc) == 0,
                      let intended = context.spelling.correction(for: token.lower, besides: doc)
                else { continue }
                found[token.lower] = Reliability.Evidence(sentence, note: "\u{201C}\(token.text)\u{201D}, other outlets write \u{201C}\(intended)\u{201D}")
            }
        }
        guard !found.isEmpty else { return nil }
        let evidence = found.keys.sorted().compactMap { found[$0] }
        return Finding(
            id: "typos", label: "Misspelt words (\(evidence.count))",
            points: cappedPoints(Double(evidence.count), each: Weights.typoEach, cap: Weights.typoCap), evidence: evidence,
            phrase: evidence.count == 1 ? "a typo" : "\(amountWord(evidence.count)) typos")
    }
}
