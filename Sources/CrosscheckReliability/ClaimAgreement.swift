import CrosscheckModel

/// How often the source's facts are borne out by the other outlets, and the trust truth discovery gives it.
enum ClaimAgreement {
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0.5 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// Source id → the claims it asserts, with its assertions, in claim order.
    static func bySource(_ claims: [Claim]) -> [String: [(Claim, Claim.Assertion)]] {
        var out: [String: [(Claim, Claim.Assertion)]] = [:]
        for claim in claims { for assertion in claim.assertions { out[assertion.sourceID, default: []].append((claim, assertion)) } }
        return out
    }

    /// Trust counts relative to the corpus median: truth discovery's scale varies from corpus to corpus.
    static func findings(
        _ sourceID: String, assertions: [(Claim, Claim.Assertion)], trust: [String: Double], medianTrust: Double = 0.5
    ) -> [Finding] {
        var corroborated: [Reliability.Evidence] = []
        var contradicted: [Reliability.Evidence] = []
        for (claim, assertion) in assertions {
            let evidence = Reliability.Evidence(paragraph: assertion.paragraph, text: assertion.text, note: claim.statement)
            switch claim.status {
            case .corroborated:
                corroborated.append(evidence)
            case .contested:
                // The majority value is the one truth discovery trusts most.
                guard let top = claim.values.first, let value = assertion.value else { continue }
                if value == top.value { corroborated.append(evidence) } else { contradicted.append(evidence) }
            case .singleSource:
                continue
            }
        }
        var out: [Finding] = []
        if !corroborated.isEmpty {
            out.append(
                Finding(
                    id: "corroborated-claims", label: "Facts confirmed by other outlets (\(corroborated.count))",
                    points: min(Weights.corroboratedCap, Double(corroborated.count) * Weights.corroboratedEach),
                    evidence: corroborated, phrase: "facts confirmed by other outlets"))
        }
        if !contradicted.isEmpty {
            out.append(
                Finding(
                    id: "contradicted-claims", label: "Facts that most outlets give differently (\(contradicted.count))",
                    points: cappedPoints(Double(contradicted.count), each: Weights.contradictedEach, cap: Weights.contradictedCap),
                    evidence: contradicted,
                    phrase: contradicted.count == 1 ? "a fact at odds with most outlets" : "\(amountWord(contradicted.count)) facts at odds with most outlets"))
        }
        if let own = trust[sourceID], trust.count >= 2 {
            let points = max(-Weights.trustRange, min(Weights.trustRange, (own - medianTrust) * Weights.trustSlope))
            // Trust moves the score only with facts to show for it: a source whose claims nobody contradicts
            // has low trust only because it asserts little that others check, which is no fault.
            let shown = points < 0 ? contradicted : corroborated
            if abs(points) >= 0.5, !shown.isEmpty {
                out.append(
                    Finding(
                        id: "claim-trust", label: "Trust from cross-checking its facts (\(Int((own * 100).rounded()))%)",
                        points: points, evidence: shown,
                        phrase: points < 0 ? "low trust when its facts are cross-checked" : "facts hold up when cross-checked"))
            }
        }
        return out
    }
}
