import CrosscheckModel
import CrosscheckText

/// Do the source's quotations match the wording other outlets give for the same statement?
enum QuoteFidelity {
    /// Judged quote by quote against the other outlets' versions; the quotes analysis's own figure
    /// (against one canonical wording) is the fallback when no quote can be judged that way.
    static func finding(
        _ sourceID: String, quotes: [Quote], fidelity given: Double?, agreement: QuoteAgreement, clusters: [String: QuoteCluster]
    ) -> Finding? {
        let own = quotes.filter { $0.sourceID == sourceID && $0.cluster != nil && $0.placement != .teaser }
        var faithful: [Quote] = []
        var altered: [(Quote, String)] = []
        for quote in own {
            switch agreement.verdict(quote) {
            case .faithful: faithful.append(quote)
            case .altered(let theirs): altered.append((quote, theirs))
            case .undecided: continue
            }
        }
        let fidelity: Double
        // Judged on fewer than three quotes, the penalty shrinks: one quote is thin evidence.
        var confidence = 1.0
        if !faithful.isEmpty || !altered.isEmpty {
            fidelity = Double(faithful.count) / Double(faithful.count + altered.count)
            confidence = min(1, Double(faithful.count + altered.count) / 3)
        } else if let given {
            fidelity = given
            for quote in own {
                guard let cluster = clusters[quote.cluster ?? ""], Folding.words(quote.text) != Folding.words(cluster.canonical),
                      !Folding.fold(cluster.canonical).contains(Folding.fold(quote.text))
                else { continue }
                altered.append((quote, cluster.canonical))
            }
        } else {
            return nil
        }
        if fidelity >= 0.9 {
            return Finding(
                id: "faithful-quotes", label: "Quotes match other outlets' wording",
                points: Weights.quoteFidelityBonus,
                evidence: faithful.map { Reliability.Evidence(paragraph: $0.paragraph, text: $0.text, note: "same wording in other outlets") },
                phrase: "quotes match other outlets")
        }
        let outlets = Set(altered.flatMap { quote, _ in agreement.sources(inCluster: quote.cluster) }).subtracting([sourceID])
        let against = outlets.isEmpty ? "other outlets" : "\(countWord(outlets.count)) other outlet\(outlets.count == 1 ? "" : "s")"
        return Finding(
            id: "altered-quotes",
            label: "Quotes differ from other outlets' wording (\(altered.count) of \(faithful.count + altered.count))",
            points: -min(Weights.quoteFidelityCap, (0.9 - fidelity) * Weights.quoteFidelitySlope) * confidence,
            evidence: altered.map { quote, theirs in
                Reliability.Evidence(paragraph: quote.paragraph, text: quote.text, note: "other outlets: \u{201C}\(theirs)\u{201D}")
            },
            phrase: "quotes altered against \(against)")
    }
}
