import CrosscheckModel

/// Names of institutions broken by a synonym swap: a spinner reads "State" as the verb and writes
/// "Point out Department". A phrasal verb never sits inside a proper name.
enum AlteredNames {
    static let particles: Set<String> = ["out", "up", "down", "off", "away", "back"]

    static func finding(_ source: SourceText) -> Finding? {
        var evidence: [Reliability.Evidence] = []
        for sentence in source.sentences where sentence.kind != .teaser {
            if let phrase = brokenName(sentence.tokens) {
                evidence.append(Reliability.Evidence(sentence, note: "\u{201C}\(phrase)\u{201D} is not a name"))
            }
        }
        guard !evidence.isEmpty else { return nil }
        return Finding(
            id: "altered-names", label: "Names of institutions or titles garbled (\(evidence.count))",
            points: cappedPoints(Double(evidence.count), each: Weights.alteredNameEach, cap: Weights.alteredNameCap),
            evidence: evidence, phrase: "garbled names of institutions")
    }

    /// `Point out Department`, `Secretary of Point out Mike`: capitalised word, particle, capitalised word.
    static func brokenName(_ tokens: [Token]) -> String? {
        guard tokens.count >= 3 else { return nil }
        for i in 0..<(tokens.count - 2) {
            let a = tokens[i], p = tokens[i + 1], b = tokens[i + 2]
            guard a.isCapitalized, a.isAlphabetic, p.isLowercase, particles.contains(p.lower), b.isCapitalized, b.spaceBefore,
                  !Lexicon.sentenceStarters.contains(b.text)
            else { continue }
            // A name continues after the break, or the break sits inside a title ("of Point out").
            let before = i > 0 ? tokens[i - 1].lower : ""
            if Lexicon.institutionHeads.contains(b.text) || Lexicon.institutionHeads.contains(a.text) || before == "of" || before == "the" {
                return "\(a.text) \(p.text) \(b.text)"
            }
        }
        return nil
    }
}
