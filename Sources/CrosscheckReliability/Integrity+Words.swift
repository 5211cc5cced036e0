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
        guard tokens.count > 1 else { return nil }
        for i in 1..<tokens.count {
            guard tokens[i - 1].isAlphabetic, tokens[i].isAlphabetic, tokens[i].isLowercase else { continue }
            let a = tokens[i - 1].lower, b = tokens[i].lower
            // "The the" at a sentence start counts; "the The" is two sentences run together (a fragment).
            // The list of legitimate doubles is asked last: few pairs of words get that far.
            if a == b || (tokens[i - 1].isLowercase && tokens[i - 1].text.hasCount(atLeast: 4) && isPlural(b, of: a)),
               !Lexicon.legitimateDoubles.contains(b)
            {
                return "\(tokens[i - 1].text) \(tokens[i].text)"
            }
        }
        return nil
    }

    /// `word` is `stem` + "s" or + "es", compared as bytes: no string is built for each pair of words.
    private static func isPlural(_ word: String, of stem: String) -> Bool {
        let extra = word.utf8.count - stem.utf8.count
        guard extra == 1 || extra == 2, word.utf8.starts(with: stem.utf8) else { return false }
        return word.utf8.reversed().starts(with: extra == 1 ? "s".utf8 : "se".utf8)
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
