import CrosscheckText
import Foundation

/// Truth discovery after TruthFinder (Yin, Han and Yu, 2007): a value is likely true when
/// trustworthy sources give it, and a source is trustworthy when the values it gives are likely
/// true. The two are computed in turn until source trust stops changing.
struct TruthFinder: Sendable {
    /// One value of one claim, with the sources that give it.
    struct Fact: Sendable {
        var object: Int
        var sources: [String]
    }

    var initialTrust = 0.9
    /// Dampening: keeps confidences from saturating when many sources agree.
    var gamma = 0.3
    /// Weight of the support that close values lend each other.
    var rho = 0.5
    var maxIterations = 50
    var tolerance = 1e-6

    struct Result: Sendable {
        var confidence: [Double]
        var trust: [String: Double]
        var iterations: Int
    }

    /// `implication(f, g)`: how far fact `f` being true supports `g` (−1...1), for facts of one object.
    /// `copyGroup` maps a source to the first source of its copy group; copies count once.
    func run(
        facts: [Fact], implication: (Int, Int) -> Double, copyGroup: [String: String]
    ) -> Result {
        // Sources and copy groups are numbered in sorted order once, so that each round works on arrays
        // and sums in the same fixed order as sorting the names would give.
        let sources = Array(Set(facts.flatMap(\.sources))).sorted()
        var sourceNumber: [String: Int] = [:]
        for (k, s) in sources.enumerated() { sourceNumber[s] = k }
        let groups = Array(Set(sources.map { copyGroup[$0] ?? $0 })).sorted()
        var groupNumber: [String: Int] = [:]
        for (k, g) in groups.enumerated() { groupNumber[g] = k }
        let groupOf = sources.map { groupNumber[copyGroup[$0] ?? $0]! }
        // Per fact: its sources ordered by group, so that each group's best is summed in group order.
        let members: [[Int]] = facts.map { fact in
            fact.sources.map { sourceNumber[$0]! }.sorted { (groupOf[$0], $0) < (groupOf[$1], $1) }
        }
        var byObject: [Int: [Int]] = [:]
        for (f, fact) in facts.enumerated() { byObject[fact.object, default: []].append(f) }
        // The support between facts does not change from round to round: asked once, zeros left out.
        let support: [[(from: Int, weight: Double)]] = facts.indices.map { f in
            (byObject[facts[f].object] ?? []).compactMap { g in
                guard g != f else { return nil }
                let w = implication(g, f)
                return w == 0 ? nil : (g, w)
            }
        }
        var factsOfSource = [[Int]](repeating: [], count: sources.count)
        for (f, list) in members.enumerated() {
            for s in Set(list) { factsOfSource[s].append(f) }
        }
        var trust = [Double](repeating: initialTrust, count: sources.count)
        var confidence = [Double](repeating: 0, count: facts.count)
        var tau = [Double](repeating: 0, count: sources.count)
        var iterations = 0
        while iterations < maxIterations {
            iterations += 1
            // Trust score of a source: −ln(1 − t); a copy group lends only its best member's.
            for s in sources.indices { tau[s] = -log(1 - min(trust[s], 0.999)) }
            // Each fact's and each source's new value depends on last round's alone: computed on all cores,
            // every sum in the same order as before.
            let tauNow = tau
            let base = members.concurrentMap { list -> Double in
                var total = 0.0
                var k = 0
                while k < list.count {
                    let group = groupOf[list[k]]
                    var best = 0.0
                    while k < list.count, groupOf[list[k]] == group {
                        best = max(best, tauNow[list[k]])
                        k += 1
                    }
                    total += best
                }
                return total
            }
            let (rho, gamma, initialTrust) = (rho, gamma, initialTrust)
            confidence = Array(facts.indices).concurrentMap { f in
                var sigma = base[f]
                for (g, w) in support[f] { sigma += rho * base[g] * w }
                return 1 / (1 + exp(-gamma * sigma))
            }
            let confidenceNow = confidence
            let next = factsOfSource.concurrentMap { mine in
                guard !mine.isEmpty else { return initialTrust }
                var total = 0.0
                for f in mine { total += confidenceNow[f] }
                return total / Double(mine.count)
            }
            let change = sources.indices.map { abs(trust[$0] - next[$0]) }.max() ?? 0
            trust = next
            if change < tolerance { break }
        }
        return Result(
            confidence: confidence, trust: Dictionary(uniqueKeysWithValues: sources.indices.map { (sources[$0], trust[$0]) }),
            iterations: iterations)
    }
}
