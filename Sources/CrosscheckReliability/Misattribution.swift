import CrosscheckModel

/// Does the source give a statement to the speaker other outlets give it to? A quote that two or more
/// other outlets attribute to one person, and none to the person this source names, is misattributed.
enum Misattribution {
    /// For each statement, the outlets that give it to each person, and how one of them names that person.
    struct Index: Sendable {
        var outlets: [String: [String: Set<String>]] = [:]
        var labels: [String: String] = [:]
        /// The words of every label each person is quoted under ("karen", "lane").
        var nameWords: [String: Set<Substring>] = [:]

        init(_ quotes: [Quote]) {
            for quote in quotes {
                guard let cluster = quote.cluster, let person = quote.personID else { continue }
                outlets[cluster, default: [:]][person, default: []].insert(quote.sourceID)
                if labels[person] == nil { labels[person] = quote.speakerLabel }
                nameWords[person, default: []].formUnion(quote.speakerLabel.lowercased().split(separator: " "))
            }
        }
    }

    static func finding(_ sourceID: String, quotes: [Quote], index: Index) -> Finding? {
        var wrong: [Reliability.Evidence] = []
        for quote in quotes where quote.placement == .body {
            guard let own = quote.personID, let cluster = quote.cluster, let people = index.outlets[cluster], people.count >= 2,
                  // Short, common sentences ("We are monitoring the situation") are said by many people.
                  quote.text.utf8.count(where: { $0 == 0x20 }) >= 5
            else { continue }
            // Outlets per person for this statement, this source left out.
            func others(_ outlets: Set<String>) -> Int { outlets.count - (outlets.contains(sourceID) ? 1 : 0) }
            guard others(people[own] ?? []) == 0,
                  let (person, outlets) = people.max(by: { (others($0.value), $1.key) < (others($1.value), $0.key) }),
                  case let count = others(outlets), count >= 2,
                  // "her mum Karen" beside "Karen Lane": one word of the other's name may be the same person.
                  quote.speakerLabel.contains(" ") || index.nameWords[person]?.contains(Substring(quote.speakerLabel.lowercased())) != true
            else { continue }
            wrong.append(
                Reliability.Evidence(
                    paragraph: quote.paragraph, text: quote.text,
                    note: "given to \(quote.speakerLabel); \(count) other outlets give it to \(index.labels[person] ?? person)"))
        }
        guard !wrong.isEmpty else { return nil }
        return Finding(
            id: "misattributed-quotes", label: "Quotes given to a different speaker than other outlets give them to (\(wrong.count))",
            points: -min(Weights.misattributedCap, Double(wrong.count) * Weights.misattributedEach), evidence: wrong,
            phrase: wrong.count == 1 ? "a quote given to the wrong speaker" : "quotes given to the wrong speaker")
    }
}
