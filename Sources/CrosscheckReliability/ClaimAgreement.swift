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

    enum Standing { case majority, minority, undecided }

    /// Where an assertion's value stands among a contested claim's values: against a value more outlets give, it
    /// is the minority. Outlets split evenly decide nothing, whatever truth discovery's slight lean: with one
    /// outlet against one, either may be right.
    static func standing(of assertion: Claim.Assertion, in values: [Claim.Value]) -> Standing {
        guard let own = value(of: assertion, in: values) else { return .undecided }
        let most = values.map(\.sourceIDs.count).max() ?? 0
        if own.sourceIDs.count < most { return .minority }
        return values.filter { $0.sourceIDs.count == most }.count == 1 ? .majority : .undecided
    }

    /// The claim value an assertion gives. Found by its source, since an assertion's wording ("at least 12",
    /// "the third floor") is not the value's ("12", "third"); a source that gives two values is told apart by wording.
    static func value(of assertion: Claim.Assertion, in values: [Claim.Value]) -> Claim.Value? {
        let candidates = values.filter { $0.sourceIDs.contains(assertion.sourceID) }
        if candidates.count <= 1 { return candidates.first }
        guard let said = assertion.value?.lowercased() else { return nil }
        let words = Set(said.split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
        let matching = candidates.filter { candidate in
            let value = candidate.value.lowercased()
            return value == said || value.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).allSatisfy(words.contains)
        }
        return matching.count == 1 ? matching.first : nil
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
                switch standing(of: assertion, in: claim.values) {
                case .majority: corroborated.append(evidence)
                case .minority: contradicted.append(evidence)
                case .undecided: continue
                }
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
