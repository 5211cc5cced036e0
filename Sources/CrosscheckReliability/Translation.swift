import CrosscheckModel

/// Marks of machine translation: doubled names, stray full stops, common nouns capitalised mid-sentence,
/// and the words of a name in another order than other outlets give.
enum Translation {
    static func finding(_ doc: Int, in context: ScoringContext) -> Finding? {
        let corpus = context.corpus
        var evidence: [Reliability.Evidence] = []
        var weight = 0.0
        let reordered = context.reordered
        for sentence in corpus.sources[doc].sentences where sentence.kind != .teaser {
            if let name = doubledName(sentence.tokens, doc: doc, corpus) {
                evidence.append(Reliability.Evidence(sentence, note: "name doubled: \u{201C}\(name)\u{201D}"))
                weight += 1
            }
            if let stop = strayStop(sentence.tokens) {
                evidence.append(Reliability.Evidence(sentence, note: "stray full stop: \u{201C}\(stop)\u{201D}"))
                weight += 1
            }
            if sentence.kind == .body, let word = oddCapital(sentence.tokens, doc: doc, corpus) {
                evidence.append(Reliability.Evidence(sentence, note: "\u{201C}\(word)\u{201D} capitalised mid-sentence; other outlets write it in lowercase"))
                weight += 1
            }
            if let (mine, theirs) = reordered.reordering(in: sentence, doc: doc) {
                evidence.append(Reliability.Evidence(sentence, note: "\u{201C}\(mine)\u{201D} where other outlets write \u{201C}\(theirs)\u{201D}"))
                weight += 1
            }
        }
        // One slip can be a typo; two or more kinds of slip are a pattern.
        guard weight >= 2 else { return nil }
        return Finding(
            id: "translation-errors", label: "Signs of machine translation (\(evidence.count))",
            points: cappedPoints(weight, each: Weights.translationEach, cap: Weights.translationCap), evidence: evidence,
            phrase: "\(amountWord(evidence.count)) translation errors")
    }

    /// `William William Seely`: a capitalised word twice, which no other outlet writes.
    static func doubledName(_ tokens: [Token], doc: Int, _ corpus: Corpus) -> String? {
        for i in tokens.indices.dropFirst() {
            let a = tokens[i - 1], b = tokens[i]
            guard a.isCapitalized, b.isCapitalized, a.isAlphabetic, a.text == b.text, a.text.count >= 2,
                  let id = corpus.id(a.lower), corpus.siblingsUsing(bigram: Corpus.pair(id, id), besides: doc) == 0
            else { continue }
            return "\(a.text) \(b.text)"
        }
        return nil
    }

    /// `in preparation. to leave`: a full stop inside a sentence, followed by a lowercase word.
    static func strayStop(_ tokens: [Token]) -> String? {
        guard tokens.count >= 3 else { return nil }
        for i in 1..<(tokens.count - 1) {
            let left = tokens[i - 1], mark = tokens[i], right = tokens[i + 1]
            guard mark.text == ".", left.isWord, !mark.spaceBefore, right.isLowercase, right.spaceBefore,
                  left.text.last?.isLowercase == true, left.text.count >= 3, !Lexicon.abbreviations.contains(left.lower),
                  i + 1 < tokens.count, !(i >= 2 && tokens[i - 2].text == ".")
            else { continue }
            return "\(left.text). \(right.text)"
        }
        return nil
    }

    /// `to leave Country.`: a lone capital on a word every other outlet writes in lowercase, and the
    /// article itself writes in lowercase elsewhere.
    static func oddCapital(_ tokens: [Token], doc: Int, _ corpus: Corpus) -> String? {
        for i in tokens.indices.dropFirst() {
            let token = tokens[i], before = tokens[i - 1]
            guard token.isCapitalized, token.isAlphabetic, token.text != "I", before.isLowercase, token.text.count >= 3,
                  i + 1 >= tokens.count || !tokens[i + 1].isCapitalized,
                  let id = corpus.id(token.lower),
                  corpus.siblingsWritingLowercase(id, besides: doc) >= 2, corpus.siblingsCapitalizing(id, besides: doc) == 0,
                  // House style capitalises a word every time ("the Government"); a slip does it once.
                  corpus.sources[doc].lowercase.sortedContains(id)
            else { continue }
            return token.text
        }
        return nil
    }
}
