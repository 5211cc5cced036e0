import CrosscheckText

extension ClaimBuilder {
    /// Bare counts ("2.3 million customers") and sums ("stole £2.3m") group only with equal figures, since
    /// two figures of one unit are more often two things than a dispute. Figures within a tenth of each
    /// other, from different sources, led into by a shared word (two below a thousand: `smallestFigure`)
    /// ("stole the personal details of 2.3 million customers", "exposed the personal details of 2.4 million
    /// customers") or named alike ("stole £2.3m", "siphoned off £2.1m") are one count told two ways.
    static func joinCloseCounts(_ facts: inout [Fact]) {
        // unit → (fact, figure) of every bare count of ten or more.
        var byUnit: [String: [(index: Int, value: Double)]] = [:]
        for (i, fact) in facts.enumerated() where fact.topic.attribute == .count {
            guard case .number(let value, _) = fact.value, value >= smallestFigure,
                  let bar = fact.topic.subject.firstIndex(of: "|"), fact.topic.subject.contains("|=")
            else { continue }
            byUnit[String(fact.topic.subject[..<bar]), default: []].append((i, value))
        }
        for unit in byUnit.keys.sorted() {
            let counts = byUnit[unit]!.sorted { ($0.value, $0.index) < ($1.value, $1.index) }
            var start = 0
            while start < counts.count {
                // Each run starts at its smallest figure and takes what lies within a tenth above it: runs never chain.
                var end = start + 1
                while end < counts.count, counts[end].value <= counts[start].value * (1 + tolerance) { end += 1 }
                let run = sharing(counts[start..<end].map(\.index), in: facts)
                if let subject = joinedSubject(run.map { facts[$0] }) {
                    for i in run { facts[i].topic.subject = subject }
                }
                start = end
            }
        }
    }

    private static let sumNames = Set(ClaimLexicon.sumNouns.values).union(ClaimLexicon.sumVerbs.values)
    static let minimumFigure = 1_000.0
    /// Below a thousand, two shared words are needed ("carrying 171 passengers and six crew members", "with 174
    /// passengers and six crew members on board"); below ten, figures differ too often to be one count.
    static let smallestFigure = 10.0
    static let tolerance = 0.1

    /// The facts of a run that share a leading word with another source's fact of the run, and those giving
    /// the same figure as one of them: "cut about 3,800 jobs" and "cut about 4,000 jobs" join, and "1,200 of
    /// the 4,000 jobs" with them, as it gives 4,000 too.
    private static func sharing(_ run: [Int], in facts: [Fact]) -> [Int] {
        let leads = run.map { leadingWords(facts[$0]) }
        let needed = run.contains { index in
            if case .number(let value, _) = facts[index].value { return value < minimumFigure }
            return false
        } ? 2 : 1
        // A word (or pair of words) two sources write: found through an index, not by comparing every pair of facts.
        let keys: [[String]] = leads.map { words in
            let sorted = words.sorted()
            guard needed == 2 else { return sorted }
            return sorted.indices.flatMap { i in sorted[(i + 1)...].map { sorted[i] + " " + $0 } }
        }
        var firstSource: [String: String] = [:]
        var shared = Set<String>()
        for (a, list) in keys.enumerated() {
            let source = facts[run[a]].sourceID
            for key in list {
                if let first = firstSource[key] {
                    if first != source { shared.insert(key) }
                } else {
                    firstSource[key] = source
                }
            }
        }
        let subjects = Set(run.indices.filter { keys[$0].contains(where: shared.contains) }.map { facts[run[$0]].topic.subject })
        return run.filter { subjects.contains(facts[$0].topic.subject) }
    }

    /// The subject the run's facts share, when they are one count: two figures or more, each source giving one.
    private static func joinedSubject(_ run: [Fact]) -> String? {
        guard Set(run.map(\.topic.subject)).count >= 2 else { return nil }
        let bySource = Dictionary(grouping: run, by: \.sourceID)
        guard bySource.values.allSatisfy({ Set($0.map(\.topic.subject)).count == 1 }) else { return nil }
        return run.map(\.topic.subject).min()!
    }

    /// Content words among the few before the figure, what the count is of ("the personal details of"),
    /// and the few after its unit, what befell it ("appointments were rescheduled"). A sum's own name
    /// ("fine", "theft") says what it is of, however the sentence leads into it.
    private static func leadingWords(_ fact: Fact) -> Set<String> {
        if sumNames.contains(fact.wording) { return [fact.wording] }
        // "nearly 1 billion" is written "nearly $1 billion": the figure alone is found when the whole is not.
        guard let text = fact.valueText,
              let range = fact.sentence.range(of: text) ?? fact.sentence.range(of: String(text.drop { !$0.isNumber }))
        else { return [] }
        let unit = fact.topic.subject.prefix { $0 != "|" }.split(separator: " ").last.map(String.init) ?? ""
        let before = Folding.words(String(fact.sentence[..<range.lowerBound])).suffix(6)
        let after = Folding.words(String(fact.sentence[range.upperBound...])).prefix(5)
        return Set((before + after).map { $0.lowercased() }.filter {
            $0.count >= 3 && !ClaimLexicon.functionWords.contains($0) && (unit.isEmpty || !$0.hasPrefix(unit))
        })
    }
}
