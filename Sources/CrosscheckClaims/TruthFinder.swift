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
        let sources = Array(Set(facts.flatMap(\.sources))).sorted()
        var trust = Dictionary(uniqueKeysWithValues: sources.map { ($0, initialTrust) })
        var confidence = [Double](repeating: 0, count: facts.count)
        var byObject: [Int: [Int]] = [:]
        for (f, fact) in facts.enumerated() { byObject[fact.object, default: []].append(f) }
        var factsOfSource: [String: [Int]] = [:]
        for (f, fact) in facts.enumerated() {
            for s in Set(fact.sources) { factsOfSource[s, default: []].append(f) }
        }
        var iterations = 0
        while iterations < maxIterations {
            iterations += 1
            // Trust score of a source: −ln(1 − t); a copy group lends only its best member's.
            var sigma = facts.map { fact -> Double in
                var best: [String: Double] = [:]
                for s in fact.sources {
                    let tau = -log(1 - min(trust[s] ?? initialTrust, 0.999))
                    let group = copyGroup[s] ?? s
                    best[group] = max(best[group] ?? 0, tau)
                }
                // Summed in a fixed order, so that the result never depends on hashing.
                return best.keys.sorted().reduce(0) { $0 + best[$1]! }
            }
            let base = sigma
            for (f, fact) in facts.enumerated() {
                for g in byObject[fact.object] ?? [] where g != f {
                    sigma[f] += rho * base[g] * implication(g, f)
                }
            }
            confidence = sigma.map { 1 / (1 + exp(-gamma * $0)) }
            var next = trust
            for s in sources {
                let mine = factsOfSource[s] ?? []
                next[s] = mine.isEmpty ? initialTrust : mine.map { confidence[$0] }.reduce(0, +) / Double(mine.count)
            }
            let change = sources.map { abs(trust[$0]! - next[$0]!) }.max() ?? 0
            trust = next
            if change < tolerance { break }
        }
        return Result(confidence: confidence, trust: trust, iterations: iterations)
    }
}
