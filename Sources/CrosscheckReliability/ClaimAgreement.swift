import CrosscheckModel
import CrosscheckText

/// How often the source's facts are borne out by the other outlets, and the trust truth discovery gives it.
enum ClaimAgreement {
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0.5 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// One source's assertion of a claim, with where its value stands among the claim's values.
    struct Asserted: Sendable {
        var claim: Claim
        var assertion: Claim.Assertion
        var standing: Standing
    }

    /// Source id → the claims it asserts, with its assertions, in claim order.
    static func bySource(_ claims: [Claim]) -> [String: [Asserted]] {
        // Each claim's standings depend on it alone: worked out on all cores, then filed in claim order.
        let standings = claims.concurrentMap { $0.status == .contested ? Self.standings(of: $0) : nil }
        var out: [String: [Asserted]] = [:]
        for (c, claim) in claims.enumerated() {
            for (a, assertion) in claim.assertions.enumerated() {
                out[assertion.sourceID, default: []].append(
                    Asserted(claim: claim, assertion: assertion, standing: standings[c]?[a] ?? .undecided))
            }
        }
        return out
    }

    /// The standing of each of a claim's assertions. The values are filed by source once: a claim that
    /// thousands of outlets assert would otherwise search every value's sources for every assertion.
    static func standings(of claim: Claim) -> [Standing] {
        var valuesBySource: [String: [Int]] = [:]
        for (v, value) in claim.values.enumerated() {
            for source in value.sourceIDs where valuesBySource[source]?.last != v { valuesBySource[source, default: []].append(v) }
        }
        let shape = Shape(claim.values)
        return claim.assertions.map { assertion in
            let candidates = (valuesBySource[assertion.sourceID] ?? []).map { claim.values[$0] }
            return standing(of: value(of: assertion, among: candidates), shape)
        }
    }

    /// Two figures within a tenth of each other, one of them hedged ("about", "nearly").
    static func closeHedged(_ a: Claim.Value, _ b: Claim.Value) -> Bool {
        guard a.approximate || b.approximate, let x = figure(a.value), let y = figure(b.value), max(x, y) > 0 else { return false }
        return abs(x - y) / max(x, y) <= 0.1
    }

    /// A value written as a plain figure ("3,400", "1.5"); nil for anything with words.
    private static func figure(_ text: String) -> Double? {
        guard text.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2C || $0 == 0x2E }) else { return nil }
        return Double(text.replacingOccurrences(of: ",", with: ""))
    }

    enum Standing { case majority, minority, undecided }

    /// Where an assertion's value stands among a contested claim's values: against a value more outlets give, it
    /// is the minority. Outlets split evenly decide nothing, whatever truth discovery's slight lean: with one
    /// outlet against one, either may be right.
    static func standing(of assertion: Claim.Assertion, in values: [Claim.Value]) -> Standing {
        standing(of: value(of: assertion, among: values.filter { $0.sourceIDs.contains(assertion.sourceID) }), Shape(values))
    }

    /// How many outlets give the most-given value, and the values given that often.
    private struct Shape {
        var most: Int
        var leaders: [Claim.Value]

        init(_ values: [Claim.Value]) {
            most = values.map(\.sourceIDs.count).max() ?? 0
            let most = most
            leaders = values.filter { $0.sourceIDs.count == most }
        }
    }

    private static func standing(of own: Claim.Value?, _ shape: Shape) -> Standing {
        guard let own else { return .undecided }
        if own.sourceIDs.count < shape.most {
            // "Some 5,200" against "about 5,000" is the spread the methodology promises, not an outlet being wrong.
            return shape.leaders.contains { closeHedged(own, $0) } ? .undecided : .minority
        }
        return shape.leaders.count == 1 ? .majority : .undecided
    }

    /// The claim value an assertion gives, among the values its source gives. Found by its source, since an
    /// assertion's wording ("at least 12", "the third floor") is not the value's ("12", "third"); a source that
    /// gives two values is told apart by wording.
    private static func value(of assertion: Claim.Assertion, among candidates: [Claim.Value]) -> Claim.Value? {
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
        _ sourceID: String, assertions: [Asserted], trust: [String: Double], medianTrust: Double = 0.5
    ) -> [Finding] {
        var corroborated: [Reliability.Evidence] = []
        var contradicted: [Reliability.Evidence] = []
        for asserted in assertions {
            let (claim, assertion) = (asserted.claim, asserted.assertion)
            let evidence = Reliability.Evidence(paragraph: assertion.paragraph, text: assertion.text, note: claim.statement)
            switch claim.status {
            case .corroborated:
                corroborated.append(evidence)
            case .contested:
                switch asserted.standing {
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
