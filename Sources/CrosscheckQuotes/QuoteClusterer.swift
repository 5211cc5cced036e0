import CrosscheckModel
import CrosscheckText

/// Groups quotes of the same statement across sources and measures how faithfully each source
/// quotes. Candidates come from an inverted index of rarer words, so no pair of quotes is
/// compared unless they share words.
struct QuoteClusterer {
    /// Words too common to say two quotes are the same statement.
    static let stopWords: Set<String> = [
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "is", "are",
        "was", "were", "be", "been", "it", "its", "it's", "that", "this", "we", "i", "you", "he", "she", "they",
        "our", "not", "no", "have", "has", "had", "will", "would", "there", "as", "so", "do", "does", "what", "if",
    ]

    /// Postings longer than this are ignored when looking for candidates.
    var maxPosting = 400

    struct Result {
        var clusterOf: [Int: String]
        var clusters: [QuoteCluster]
        var fidelity: [String: Double]
    }

    func cluster(_ quotes: [Quote]) -> Result {
        let folded = quotes.concurrentMap { Folding.words($0.text) }
        // Words as integer ids: sets, bigrams and in-order matching compare ints, not strings.
        let (vocabulary, words) = WordNumbers.numbering(folded)
        let stop = vocabulary.words.map(Self.stopWords.contains)
        let source = quotes.map(\.sourceID)
        var sourceIDs = WordNumbers()
        let sourceOf = source.map { sourceIDs.number($0) }
        // Distinct words and word pairs as sorted lists: counting what two quotes share is then a merge.
        let sets = words.concurrentMap { $0.sortedDistinct() }
        let bigrams = words.concurrentMap { Self.bigrams($0) }
        var index = [[Int]](repeating: [], count: stop.count)
        for (i, ws) in sets.enumerated() where ws.count >= 3 {
            for w in ws where !stop[w] { index[w].append(i) }
        }
        var parent = Array(quotes.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        // Shared-word counts per candidate, in a flat array reset after each quote.
        var sharedCount = [Int](repeating: 0, count: quotes.count)
        var touched: [Int] = []
        for i in quotes.indices where sets[i].count >= 3 {
            for w in sets[i] where !stop[w] {
                let posting = index[w]
                guard posting.count <= maxPosting else { continue }
                for j in posting where j > i && sourceOf[j] != sourceOf[i] {
                    if sharedCount[j] == 0 { touched.append(j) }
                    sharedCount[j] += 1
                }
            }
            var candidates = touched.filter { sharedCount[$0] >= 2 }.map { ($0, sharedCount[$0]) }
            candidates.sort { $0.0 < $1.0 }
            for j in touched { sharedCount[j] = 0 }
            touched.removeAll(keepingCapacity: true)
            for (j, count) in candidates {
                if find(i) == find(j) { continue }
                if Self.same(sets[i], sets[j], bigrams[i], bigrams[j])
                    || count >= 3 && Self.sameInOrder(words[i], words[j], stop)
                {
                    let a = find(i), b = find(j)
                    if a != b { parent[max(a, b)] = min(a, b) }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in quotes.indices { groups[find(i), default: []].append(i) }
        let members = groups.values.filter { $0.count >= 2 }.map { $0.sorted() }
            .filter { g in Set(g.map { source[$0] }).count >= 2 }
            .sorted { $0[0] < $1[0] }
        // How well each source agrees with other outlets overall, to break ties between wordings.
        var agreement: [String: [Double]] = [:]
        for g in members {
            let bounded = g.prefix(20)
            for i in bounded {
                let best = bounded.filter { quotes[$0].sourceID != quotes[i].sourceID }
                    .map { Self.faithfulness(words[i], to: words[$0]) }.max() ?? 1
                agreement[quotes[i].sourceID, default: []].append(best)
            }
        }
        let agree = agreement.mapValues { $0.reduce(0, +) / Double($0.count) }
        var clusterOf: [Int: String] = [:]
        var clusters: [QuoteCluster] = []
        // Per source: words kept in order and words compared, so that long quotes weigh more.
        var fidelity: [String: (kept: Int, compared: Int)] = [:]
        for g in members {
            let id = "\(quotes[g[0]].id)-c"
            let canonical = Self.canonical(g, quotes, words, agree)
            let pattern = LCS.Pattern(words[canonical])
            for i in g {
                clusterOf[i] = id
                let compared = min(words[i].count, words[canonical].count)
                fidelity[quotes[i].sourceID, default: (0, 0)].kept += pattern?.length(words[i]) ?? LCS.length(words[i], words[canonical])
                fidelity[quotes[i].sourceID, default: (0, 0)].compared += compared
            }
            var counts: [String: Int] = [:]
            for i in g { if let p = quotes[i].personID { counts[p, default: 0] += 1 } }
            let person = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            clusters.append(QuoteCluster(id: id, personID: person, quoteIDs: g.map { quotes[$0].id }, canonical: quotes[canonical].text))
        }
        return Result(clusterOf: clusterOf, clusters: clusters, fidelity: fidelity.compactMapValues { $0.compared == 0 ? nil : Double($0.kept) / Double($0.compared) })
    }

    /// The wording most sources used; ties go to the wording closest to all the others, then to the
    /// source that agrees best with other outlets elsewhere (so that one outlet's rewording does not
    /// become the reference), then to the longest, then the first.
    static func canonical(_ g: [Int], _ quotes: [Quote], _ words: [[Int]], _ agree: [String: Double]) -> Int {
        var sources: [[Int]: Set<String>] = [:]
        for i in g { sources[words[i], default: []].insert(quotes[i].sourceID) }
        let counts = g.map { sources[words[$0]]!.count }
        let countOf = Dictionary(uniqueKeysWithValues: zip(g, counts))
        let count = { (i: Int) in countOf[i]! }
        let most = g.map(count).max()!
        var tied = g.filter { count($0) == most }
        guard tied.count > 1 else { return tied[0] }
        // An excerpt of a longer tied wording is never the reference.
        let bounded = Array(tied.prefix(20))
        let whole = bounded.filter { a in
            !bounded.contains { b in words[b].count > words[a].count && faithfulness(words[a], to: words[b]) >= 0.95 }
        }
        if !whole.isEmpty { tied = whole }
        guard tied.count > 1 else { return tied[0] }
        // Bounded so that a statement quoted by thousands of outlets stays cheap.
        let others = Array(g.prefix(20))
        let closeness = Dictionary(uniqueKeysWithValues: tied.prefix(20).map { i in
            (i, mean(others.filter { quotes[$0].sourceID != quotes[i].sourceID }.map { overlap(words[i], words[$0]) }))
        })
        // Rounded so that near-equal closeness falls through to the next rule.
        let key = { (i: Int) in ((closeness[i] ?? 0) * 100).rounded() }
        return tied.max { a, b in
            (key(a), agree[quotes[a].sourceID] ?? 0, words[a].count, -a) < (key(b), agree[quotes[b].sourceID] ?? 0, words[b].count, -b)
        }!
    }

    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    /// Words shared in order, over the longer wording: a fragment is not close to a whole statement.
    static func overlap(_ a: [Int], _ b: [Int]) -> Double {
        let longer = max(a.count, b.count)
        return longer == 0 ? 1 : Double(LCS.length(a, b)) / Double(longer)
    }

    /// Whether two quotes are one statement: most words shared, in runs, allowing for a trimmed quote.
    /// Each argument is a sorted list of distinct numbers.
    static func same(_ a: [Int], _ b: [Int], _ a2: [Int], _ b2: [Int]) -> Bool {
        let small = min(a.count, b.count)
        guard small >= 3 else { return false }
        let c1 = Double(a.sortedOverlap(b)) / Double(small)
        let small2 = min(a2.count, b2.count)
        let c2 = small2 == 0 ? 0 : Double(a2.sortedOverlap(b2)) / Double(small2)
        return (c1 >= 0.7 && c2 >= 0.4) || c2 >= 0.6 || (c1 >= 0.6 && c2 >= 0.4 && small >= 8)
    }

    /// Rewritten copy swaps many words but keeps the order of the rest: most of the shorter quote's
    /// words in order in the other, or half of them when five or more rarer words are shared.
    static func sameInOrder(_ a: [Int], _ b: [Int], _ stop: [Bool]) -> Bool {
        let small = min(a.count, b.count)
        guard small >= 10 else { return false }
        let shared = Double(LCS.length(a, b)) / Double(small)
        return shared >= 0.6 || shared >= 0.5 && count(a, b, stop) >= 5
    }

    /// Distinct words other than stop words that both hold.
    private static func count(_ a: [Int], _ b: [Int], _ stop: [Bool]) -> Int {
        a.filter { !stop[$0] }.sortedDistinct().sortedOverlap(b.sortedDistinct())
    }

    /// Share of words kept, in order, where two wordings overlap: 1 for a faithful excerpt of the
    /// other (outlets trim quotes), lower for each word swapped or translated differently.
    static func faithfulness(_ quote: [Int], to canonical: [Int]) -> Double {
        let shorter = min(quote.count, canonical.count)
        guard shorter > 0 else { return 1 }
        return Double(LCS.length(quote, canonical)) / Double(shorter)
    }

    static func bigrams(_ words: [Int]) -> [Int] {
        guard words.count >= 2 else { return [] }
        // A pair of word ids packed into one int (ids stay far below 2^32).
        return (0..<(words.count - 1)).map { words[$0] << 32 | words[$0 + 1] }.sortedDistinct()
    }
}
