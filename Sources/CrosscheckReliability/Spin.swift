import CrosscheckModel

/// Copy run through an article spinner: sentences that retell a sibling's sentence word for word, with words
/// swapped for synonyms that make word pairs nobody else writes.
enum Spin {
    static func finding(_ substitutions: [Substitution]) -> Finding? {
        let odd = substitutions.filter(\.odd)
        // A swapped function word is weaker evidence than a swapped noun or verb.
        let weight = odd.reduce(0) { $0 + $1.weight * ($1.functionWords ? 0.5 : 1) }
        // One odd swap is ordinary paraphrase; a pattern of them, or one sentence with several, is a rewrite.
        guard weight >= 2 || rewrittenSentence(odd) else { return nil }
        let evidence = odd.map {
            Reliability.Evidence($0.sentence, note: "\u{201C}\($0.mine)\u{201D} where other outlets write \u{201C}\($0.theirs)\u{201D}")
        }
        return Finding(
            id: "rewritten-copy", label: "Shared sentences reworded with odd synonyms (\(odd.count))",
            points: cappedPoints(weight, each: Weights.spinEach, cap: Weights.spinCap), evidence: evidence,
            phrase: odd.count == 1 ? "a word swapped for an odd synonym" : "wording swapped for odd synonyms in \(amountWord(odd.count)) places")
    }

    /// A sentence that keeps a sibling's wording but swaps two or more words in it, one of them a content word,
    /// each backed by at least two other outlets: a sub-editor trims or adds, a spinner swaps word for word.
    static func rewrittenSentence(_ odd: [Substitution]) -> Bool {
        let backed = odd.filter { $0.support >= 2 }
        let bySentence = Dictionary(grouping: backed) { "\($0.sentence.doc)\u{0}\($0.sentence.paragraph)\u{0}\($0.sentence.text)" }
        return bySentence.values.contains { swaps in swaps.count >= 2 && swaps.contains { !$0.functionWords } }
    }
}
