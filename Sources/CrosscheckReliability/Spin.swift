import CrosscheckModel

/// Copy run through an article spinner: sentences the other outlets share, with words swapped for
/// synonyms that make word pairs nobody else writes.
enum Spin {
    static func finding(_ substitutions: [Substitution]) -> Finding? {
        let odd = substitutions.filter(\.odd)
        // A swapped function word is weaker evidence than a swapped noun or verb.
        let weight = odd.reduce(0) { $0 + $1.weight * ($1.functionWords ? 0.5 : 1) }
        // One odd swap is ordinary paraphrase; a pattern of them is a rewrite.
        guard weight >= 2 else { return nil }
        let evidence = odd.map {
            Reliability.Evidence($0.sentence, note: "\u{201C}\($0.mine)\u{201D} where other outlets write \u{201C}\($0.theirs)\u{201D}")
        }
        return Finding(
            id: "rewritten-copy", label: "Shared sentences reworded with odd synonyms (\(odd.count))",
            points: cappedPoints(weight, each: Weights.spinEach, cap: Weights.spinCap), evidence: evidence,
            phrase: odd.count == 1 ? "a word swapped for an odd synonym" : "wording swapped for odd synonyms in \(amountWord(odd.count)) places")
    }
}
