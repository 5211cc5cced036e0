import CrosscheckModel

/// Slips a writer's ear catches and a word-swapping program does not: "a" before a vowel,
/// "an" before a consonant, left behind when the next word was replaced.
enum Grammar {
    static func finding(_ source: SourceText) -> Finding? {
        var evidence: [Reliability.Evidence] = []
        for sentence in source.sentences where sentence.kind != .teaser {
            for slip in articleSlips(sentence.tokens) {
                evidence.append(Reliability.Evidence(sentence, note: "\u{201C}\(slip)\u{201D}"))
            }
        }
        guard !evidence.isEmpty else { return nil }
        return Finding(
            id: "grammar-slips", label: "Articles that do not fit the next word (\(evidence.count))",
            points: cappedPoints(Double(evidence.count), each: Weights.grammarEach, cap: Weights.grammarCap), evidence: evidence,
            phrase: evidence.count == 1 ? "a grammar slip" : "\(amountWord(evidence.count)) grammar slips")
    }

    /// `a oversight`, `an job`. Words whose spelling hides their sound (`a one-off`, `an hour`, `a union`)
    /// and capitals or figures (`an FBI agent`, `an 8-year-old`) are left alone.
    static func articleSlips(_ tokens: [Token]) -> [String] {
        var out: [String] = []
        for i in tokens.indices.dropFirst() {
            // Only "a" and "an" can slip: other words are passed over before the next one is read.
            guard tokens[i - 1].lower == "a" || tokens[i - 1].lower == "an" else { continue }
            let article = tokens[i - 1], word = tokens[i]
            guard article.isWord, word.isLowercase, word.isAlphabetic, word.text.count >= 2 else { continue }
            let first = word.lower.first!
            switch article.lower {
            case "a" where "aeio".contains(first) && !["one", "once", "eu", "ewe"].contains(where: word.lower.hasPrefix):
                out.append("\(article.text) \(word.text)")
            case "an" where !"aeiouh".contains(first) && first.isLetter:
                out.append("\(article.text) \(word.text)")
            default:
                continue
            }
        }
        return out
    }
}
