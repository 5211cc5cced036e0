extension ClaimBuilder {
    /// A count with no unit of its own ("the death toll rose to 15") is the story's one plain count
    /// of that outcome ("12 workers were killed"), or the one more sources give than all others: counts narrowed by
    /// other words ("three injured workers died") are parts of it, not the toll.
    static func adoptUnit(_ facts: inout [Fact]) {
        let parts = countParts(facts)
        var plain: [String: [String: Set<String>]] = [:]
        for (i, p) in parts.enumerated() {
            // A story's count of its dead is told in the opening paragraphs; later ones are often parts.
            if let p, p.count == 4, !p[0].isEmpty, !p[0].contains(" "), !p[3].isEmpty, facts[i].paragraph <= 2 {
                plain[p[3], default: [:]][facts[i].topic.subject, default: []].insert(facts[i].sourceID)
            }
        }
        for (i, p) in parts.enumerated() {
            guard let p, p.count == 4, p[0].isEmpty, let subject = plain[p[3]].flatMap(dominant) else { continue }
            facts[i].topic.subject = subject
        }
    }

    /// A toll written without a place ("killing at least 14 people") is the story's toll in the place most
    /// sources give for it ("15 people in Florida"), when more sources give that place than all others
    /// together ("six people died in Pinellas County" is a part of it).
    static func adoptPlace(_ facts: inout [Fact]) {
        func rest(_ p: [String]) -> String { [p[0], p[1], p[3]].joined(separator: "|") }
        let parts = countParts(facts)
        var placed: [String: [String: Set<String>]] = [:]
        for (i, p) in parts.enumerated() {
            guard let p, p.count == 4, !p[0].isEmpty, !p[2].isEmpty, !p[3].isEmpty else { continue }
            placed[rest(p), default: [:]][facts[i].topic.subject, default: []].insert(facts[i].sourceID)
        }
        for (i, p) in parts.enumerated() {
            guard let p, p.count == 4, !p[0].isEmpty, p[2].isEmpty, !p[3].isEmpty, let subject = placed[rest(p)].flatMap(dominant)
            else { continue }
            facts[i].topic.subject = subject
        }
    }

    /// The key more sources give than all the others together, if any.
    static func dominant(_ sources: [String: Set<String>]) -> String? {
        let total = sources.values.reduce(0) { $0 + $1.count }
        return sources.first { 2 * $0.value.count > total }?.key
    }
}
