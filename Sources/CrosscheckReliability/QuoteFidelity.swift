import CrosscheckModel
import CrosscheckText

/// Do the source's quotations match the wording other outlets give for the same statement?
enum QuoteFidelity {
    static func finding(
        _ sourceID: String, input: ReliabilityInput, clusters: [String: QuoteCluster], sourceOfQuote: [String: String]
    ) -> Finding? {
        guard let fidelity = input.fidelity[sourceID] else { return nil }
        let own = input.quotes.filter { $0.sourceID == sourceID }
        var altered: [(Quote, QuoteCluster)] = []
        var outlets = Set<String>()
        for quote in own {
            guard let id = quote.cluster, let cluster = clusters[id] else { continue }
            if Folding.words(quote.text) != Folding.words(cluster.canonical),
               !Folding.fold(cluster.canonical).contains(Folding.fold(quote.text))
            {
                altered.append((quote, cluster))
                for other in cluster.quoteIDs {
                    if let source = sourceOfQuote[other], source != sourceID { outlets.insert(source) }
                }
            }
        }
        let evidence = altered.map { quote, cluster in
            Reliability.Evidence(paragraph: quote.paragraph, text: quote.text, note: "other outlets: \u{201C}\(cluster.canonical)\u{201D}")
        }
        if fidelity >= 0.9 {
            return Finding(
                id: "faithful-quotes", label: "Quotes match other outlets' wording", points: Weights.quoteFidelityBonus,
                evidence: evidence, phrase: "quotes match other outlets")
        }
        let points = -min(Weights.quoteFidelityCap, (0.9 - fidelity) * 40)
        let against = outlets.isEmpty ? "other outlets" : "\(countWord(outlets.count)) other outlet\(outlets.count == 1 ? "" : "s")"
        return Finding(
            id: "altered-quotes", label: "Quotes differ from other outlets' wording (fidelity \(Int((fidelity * 100).rounded()))%)",
            points: points, evidence: evidence, phrase: "quotes altered against \(against)")
    }
}
