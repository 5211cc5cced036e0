import CrosscheckModel
import CrosscheckText

/// Groups facts into claims by topic (an inverted index: one dictionary entry per subject and
/// attribute), weighs their values by truth discovery, and orders the table.
struct ClaimBuilder {
    var labels: NameLabels
    /// Source id → first source of its copy group.
    var copyGroups: [String: String]

    func build(_ facts: consuming [Fact]) -> ClaimAnalysis {
        let bothWays = Self.lemmasWithBothPolarities(facts)
        // Counts are completed in place: the other facts, most of them, are neither read nor copied again.
        var completed = consume facts
        Self.adoptNationality(&completed)
        Self.adoptQualifier(&completed)
        Self.adoptPlace(&completed)
        Self.adoptUnit(&completed)
        Self.adoptSubject(&completed)
        Self.joinCloseCounts(&completed)
        var byTopic: [Topic: [Fact]] = [:]
        for fact in completed { byTopic[fact.topic, default: []].append(fact) }
        // Working data is let go on another thread as soon as it is used: freeing the facts of fifty
        // thousand articles took half a second on one core.
        Background.release(consume completed)
        // Topics are weighed one by one, independently, so they are spread over the cores (order kept).
        let builder = self
        let topics = byTopic
        // In key order, each key made once: a comparison that builds both keys made the sort cost more
        // than the weighing.
        let ordered = topics.keys.map { ($0.key, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        let groups = ordered.concurrentMap { topic -> (Topic, [Fact], [ValueCluster])? in
            let group = topics[topic]!
            if topic.attribute == .state, !bothWays.contains(topic.detail),
               builder.independentSources(group) < 2 || group.contains(where: { $0.value == .polarity(true) })
            {
                return nil
            }
            // A plan denied by one source alone is no claim worth a row; a plan asserted and denied is.
            if topic.attribute == .intent, builder.independentSources(group) < 2, Set(group.map(\.value)).count < 2 { return nil }
            return (topic, group, ValueCluster.make(group))
        }.compactMap { $0 }

        // Truth discovery over every value of every claim; a claim without values is one fact.
        var tfFacts: [TruthFinder.Fact] = []
        var factOf: [(group: Int, cluster: Int?)] = []
        for (g, (_, group, clusters)) in groups.enumerated() {
            if clusters.isEmpty {
                tfFacts.append(.init(object: g, sources: Self.sources(group)))
                factOf.append((g, nil))
            }
            for (c, cluster) in clusters.enumerated() {
                tfFacts.append(.init(object: g, sources: Self.sources(cluster.facts)))
                factOf.append((g, c))
            }
        }
        let result = TruthFinder().run(
            facts: tfFacts,
            implication: { a, b in
                guard let ca = factOf[a].cluster, let cb = factOf[b].cluster else { return 0 }
                let clusters = groups[factOf[a].group].2
                return ValueCluster.implication(clusters[ca].value, clusters[cb].value)
            }, copyGroup: copyGroups)
        var confidence: [Int: [Int: Double]] = [:]
        for (f, owner) in factOf.enumerated() {
            if let c = owner.cluster { confidence[owner.group, default: [:]][c] = result.confidence[f] }
        }

        let confidences = confidence
        let trust = result.trust
        var claims = Array(groups.indices).concurrentMap { g in
            builder.claim(groups[g].0, groups[g].1, groups[g].2, confidence: confidences[g] ?? [:], trust: trust)
        }
        Background.release((consume groups, consume topics, consume byTopic, consume tfFacts))
        // Ids from statements, made unique in statement order so that they do not depend on the table's order.
        let statements = claims.map(\.statement)
        let slugs = statements.concurrentMap { Slug.make($0) }
        var taken = Set<String>()
        for k in claims.indices.sorted(by: { (statements[$0], $0) < (statements[$1], $1) }) {
            claims[k].id = Slug.unique(slugs[k], in: &taken)
        }
        let rank: [Claim.Status: Int] = [.contested: 0, .corroborated: 1, .singleSource: 2]
        let order = claims.concurrentMap { (rank[$0.status]!, -Set($0.assertions.map(\.sourceID)).count, $0.id) }
        let sorted = claims.indices.sorted { order[$0] < order[$1] }.map { claims[$0] }
        return ClaimAnalysis(claims: sorted, trust: result.trust)
    }

    private func claim(_ topic: Topic, _ facts: [Fact], _ clusters: [ValueCluster], confidence: [Int: Double], trust: [String: Double]) -> Claim {
        // Sorted, then each sentence and value once: the sort is stable, so the first fact of each stays,
        // with no key built and hashed per fact (the widest claims have thousands).
        func key(_ a: Claim.Assertion) -> (String, Int, String, String) { (a.sourceID, a.paragraph, a.text, a.value ?? "") }
        var assertions = facts.map {
            Claim.Assertion(sourceID: $0.sourceID, paragraph: $0.paragraph, text: $0.sentence, value: $0.valueText, fromQuote: $0.fromQuote)
        }
        assertions.sort { key($0) < key($1) }
        assertions = assertions.indices.filter { $0 == 0 || key(assertions[$0 - 1]) != key(assertions[$0]) }.map { assertions[$0] }
        let values = clusters.enumerated().map { c, cluster in
            Claim.Value(
                value: topic.attribute == .term
                    ? ClaimNumbers.formatMonths(cluster.value)
                    : cluster.display(tieBreak: { Self.wordingScore($0, by: $1, among: facts, trust: trust) }),
                sourceIDs: Self.sources(cluster.facts), confidence: confidence[c] ?? 0,
                approximate: cluster.approximate)
        }.sorted { $0.confidence != $1.confidence ? $0.confidence > $1.confidence : $0.value < $1.value }
        let contested = clusters.indices.contains { a in
            clusters.indices.contains { b in a < b && ValueCluster.conflict(clusters[a], clusters[b]) }
        }
        let status: Claim.Status = contested ? .contested : independentSources(facts) >= 2 ? .corroborated : .singleSource
        let personIDs = Set(facts.compactMap { $0.personKey.flatMap(PersonIndex.personID(for:)) }).sorted()
        return Claim(
            id: "", statement: statement(topic, facts, hasValues: !clusters.isEmpty), status: status, kind: topic.kind,
            assertions: assertions, values: values, personIDs: personIDs)
    }

    /// A plain sentence of what is claimed, from the subject and attribute as the sources word them.
    private func statement(_ topic: Topic, _ facts: [Fact], hasValues: Bool) -> String {
        let label = ValueCluster.commonestLongest(facts.map(\.subjectLabel).filter { !$0.isEmpty })
        let name = facts.first?.personKey.map { labels.label(for: $0, fallback: label) } ?? label
        let wording = ValueCluster.commonest(facts.map(\.wording))
        let text: String
        switch topic.attribute {
        case .count: text = "\(label): number"
        case .branch: text = "\(name)'s service branch"
        case .rank: text = "\(name)'s rank"
        case .post: text = "\(name)'s post"
        case .state: text = "Whether \(label) was \(topic.detail)"
        case .event: text = hasValues ? "When \(name) \(wording)" : "\(name) \(wording)"
        case .date: text = "Date of \(label)"
        case .intent: text = "Whether there is a plan or decision to \(label)"
        case .place: text = "\(label) where \(wording) started"
        case .tally: text = "\(label) vote tally (\(wording))"
        case .age: text = "\(name)'s age"
        case .measure: text = label
        case .term:
            let term = topic.detail == "ban" ? "ban" : "prison term"
            text = topic.subject.isEmpty ? "Length of the \(term)" : "\(name)'s \(term)"
        }
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// How far a wording is one that other sources of the claim also write, then how trusted its
    /// sources are: a rewrite's synonym swaps ("Chiefs of Crew") are words no other source writes.
    /// Only the claim's own sentences are read, and only when wordings tie.
    static func wordingScore(_ wording: String, by writers: Set<String>, among facts: [Fact], trust: [String: Double]) -> Double {
        let words = Set(Folding.words(wording).map { $0.lowercased() })
        guard !words.isEmpty else { return 0 }
        var confirmed = Set<String>()
        var seen = Set<String>()
        for f in facts where !writers.contains(f.sourceID) && seen.insert(f.sourceID + "\u{1}" + f.sentence).inserted {
            for w in Folding.words(f.sentence) where words.contains(w.lowercased()) { confirmed.insert(w.lowercased()) }
            if confirmed.count == words.count { break }
        }
        let best = writers.map { trust[$0] ?? 0 }.max() ?? 0
        // Of wordings other sources bear out, the fuller: "Keystone Rail spokesman" over "spokesman".
        let content = confirmed.filter { !English.functionWords.contains($0) }.count
        return Double(confirmed.count) / Double(words.count) * 10 + Double(content) + best
    }

    private func independentSources(_ facts: [Fact]) -> Int {
        Set(facts.map { copyGroups[$0.sourceID] ?? $0.sourceID }).count
    }

    private static func sources(_ facts: [Fact]) -> [String] {
        Array(Set(facts.map(\.sourceID))).sorted()
    }

    /// State claims about participles that the corpus both asserts and denies ("signed"/"unsigned")
    /// are worth a row even with one source. Otherwise only a denial that two sources share is
    /// ("a non-binding resolution"): plain participles ("was sent") would fill the table with noise.
    private static func lemmasWithBothPolarities(_ facts: [Fact]) -> Set<String> {
        var positive = Set<String>(), negative = Set<String>()
        for f in facts where f.topic.attribute == .state {
            if case .polarity(let p) = f.value { if p { positive.insert(f.topic.detail) } else { negative.insert(f.topic.detail) } }
        }
        return positive.intersection(negative)
    }

    /// A count written without nationality ("its 5,000 troops in Iraq") joins the one count of the
    /// same unit, place and outcome that names one. Subjects are "unit|nationality|place|outcome".
    private static func adoptNationality(_ facts: inout [Fact]) {
        func rest(_ p: [String]) -> String { ([p[0]] + p.dropFirst(2)).joined(separator: "|") }
        let parts = countParts(facts)
        var nationalities: [String: Set<String>] = [:]
        for case let p? in parts where p.count == 4 && !p[1].isEmpty { nationalities[rest(p), default: []].insert(p[1]) }
        for (i, p) in parts.enumerated() {
            guard let p, p.count == 4, p[1].isEmpty, let only = nationalities[rest(p)], only.count == 1 else { continue }
            facts[i].topic.subject = [p[0], only.first!, p[2], p[3]].joined(separator: "|")
        }
    }

    /// A sum written with fewer of the words that narrow it ("a $6 billion deal", "a $1 trillion
    /// infrastructure bill") joins the one sum of the same thing and place that has them all and more
    /// ("a $5 billion arms deal", "a $1.2 trillion bipartisan infrastructure bill"), when there is one.
    /// Counts do not: "three injured workers" are a part of the workers, not all of them.
    private static func adoptQualifier(_ facts: inout [Fact]) {
        // "dollars arms deal": the currency and head, and the words between them.
        func split(_ unit: String) -> (key: String, words: Set<Substring>)? {
            let words = unit.split(separator: " ")
            guard words.count >= 2, ["dollars", "pounds", "euros"].contains(words[0]) else { return nil }
            return ("\(words[0]) \(words.last!)", Set(words.dropFirst().dropLast()))
        }
        func rest(_ p: [String], _ unit: String) -> String { ([unit] + p.dropFirst()).joined(separator: "|") }
        let parts = countParts(facts)
        // Each distinct sum, in the order met, under its currency, head and the rest of its subject.
        var sums: [String: [(subject: String, words: Set<Substring>)]] = [:]
        for (i, p) in parts.enumerated() {
            guard let p, p.count == 4, let unit = split(p[0]) else { continue }
            let subject = facts[i].topic.subject
            if sums[rest(p, unit.key), default: []].contains(where: { $0.subject == subject }) { continue }
            sums[rest(p, unit.key), default: []].append((subject, unit.words))
        }
        for (i, p) in parts.enumerated() {
            guard let p, p.count == 4, let unit = split(p[0]), let same = sums[rest(p, unit.key)] else { continue }
            let wider = same.filter { $0.words.count > unit.words.count && $0.words.isSuperset(of: unit.words) }
            guard wider.count == 1 else { continue }
            facts[i].topic.subject = wider[0].subject
        }
    }

    /// A term or a tally written without whose it is is that of the one subject the corpus gives one of
    /// that kind, when there is exactly one: "a man … was jailed for six years" is the term of the one person
    /// jailed, and "the bill passed 67-31" the vote of the one body that passed something.
    private static func adoptSubject(_ facts: inout [Fact]) {
        let adopting: Set<Topic.Attribute> = [.term, .tally]
        var holders: [Topic: [String: String]] = [:]
        for f in facts where adopting.contains(f.topic.attribute) && !f.topic.subject.isEmpty {
            holders[Topic(attribute: f.topic.attribute, subject: "", detail: f.topic.detail), default: [:]][f.topic.subject] = f.subjectLabel
        }
        for i in facts.indices where adopting.contains(facts[i].topic.attribute) && facts[i].topic.subject.isEmpty {
            guard let only = holders[facts[i].topic], only.count == 1, let (subject, label) = only.first else { continue }
            facts[i].topic.subject = subject
            if facts[i].topic.attribute == .term { facts[i].personKey = subject } else { facts[i].subjectLabel = label }
        }
    }

    /// Each count's subject in its parts (unit, nationality and the rest), split on every core; nil for
    /// any other fact.
    static func countParts(_ facts: [Fact]) -> [[String]?] {
        facts.concurrentMap { f in
            f.topic.attribute == .count ? f.topic.subject.split(separator: "|", omittingEmptySubsequences: false).map(String.init) : nil
        }
    }
}
