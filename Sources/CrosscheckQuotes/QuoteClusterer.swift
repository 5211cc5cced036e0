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
        let words = quotes.map { Folding.words($0.text) }
        let sets = words.map { Set($0) }
        let bigrams = words.map { Self.bigrams($0) }
        var index: [String: [Int]] = [:]
        for (i, ws) in sets.enumerated() where ws.count >= 3 {
            for w in ws where !Self.stopWords.contains(w) { index[w, default: []].append(i) }
        }
        var parent = Array(quotes.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for i in quotes.indices where sets[i].count >= 3 {
            var shared: [Int: Int] = [:]
            for w in sets[i] where !Self.stopWords.contains(w) {
                guard let posting = index[w], posting.count <= maxPosting else { continue }
                for j in posting where j > i && quotes[j].sourceID != quotes[i].sourceID { shared[j, default: 0] += 1 }
            }
            for (j, count) in shared.sorted(by: { $0.key < $1.key }) where count >= 2 {
                if Self.same(sets[i], sets[j], bigrams[i], bigrams[j]) {
                    let a = find(i), b = find(j)
                    if a != b { parent[max(a, b)] = min(a, b) }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in quotes.indices { groups[find(i), default: []].append(i) }
        let members = groups.values.map { $0.sorted() }
            .filter { g in Set(g.map { quotes[$0].sourceID }).count >= 2 }
            .sorted { $0[0] < $1[0] }
        // Agreement of each source with the others, to break ties between wordings.
        var agreement: [String: [Double]] = [:]
        for g in members {
            for i in g {
                let others = g.filter { quotes[$0].sourceID != quotes[i].sourceID }
                let best = others.map { Self.faithfulness(words[i], to: words[$0]) }.max() ?? 1
                agreement[quotes[i].sourceID, default: []].append(best)
            }
        }
        let agree = agreement.mapValues { $0.reduce(0, +) / Double($0.count) }
        var clusterOf: [Int: String] = [:]
        var clusters: [QuoteCluster] = []
        var fidelity: [String: [Double]] = [:]
        for g in members {
            let id = "\(quotes[g[0]].id)-c"
            let canonical = Self.canonical(g, quotes, words, agree)
            for i in g {
                clusterOf[i] = id
                fidelity[quotes[i].sourceID, default: []].append(Self.faithfulness(words[i], to: words[canonical]))
            }
            var counts: [String: Int] = [:]
            for i in g { if let p = quotes[i].personID { counts[p, default: 0] += 1 } }
            let person = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            clusters.append(QuoteCluster(id: id, personID: person, quoteIDs: g.map { quotes[$0].id }, canonical: quotes[canonical].text))
        }
        return Result(clusterOf: clusterOf, clusters: clusters, fidelity: fidelity.mapValues { $0.reduce(0, +) / Double($0.count) })
    }

    /// The wording most sources used; ties go to the source that agrees best with the others,
    /// then to the longest wording, then to the first quote.
    static func canonical(_ g: [Int], _ quotes: [Quote], _ words: [[String]], _ agree: [String: Double]) -> Int {
        var sources: [String: Set<String>] = [:]
        for i in g { sources[words[i].joined(separator: " "), default: []].insert(quotes[i].sourceID) }
        return g.max { a, b in
            let ka = (sources[words[a].joined(separator: " ")]!.count, agree[quotes[a].sourceID] ?? 0, words[a].count, -a)
            let kb = (sources[words[b].joined(separator: " ")]!.count, agree[quotes[b].sourceID] ?? 0, words[b].count, -b)
            return ka < kb
        }!
    }

    /// Whether two quotes are one statement: most words shared, in runs, allowing for a trimmed quote.
    static func same(_ a: Set<String>, _ b: Set<String>, _ a2: Set<String>, _ b2: Set<String>) -> Bool {
        let small = min(a.count, b.count)
        guard small >= 3 else { return false }
        let c1 = Double(a.intersection(b).count) / Double(small)
        let small2 = min(a2.count, b2.count)
        let c2 = small2 == 0 ? 0 : Double(a2.intersection(b2).count) / Double(small2)
        return (c1 >= 0.7 && c2 >= 0.4) || c2 >= 0.6 || (c1 >= 0.6 && c2 >= 0.5)
    }

    /// Share of a quote's words found, in order, in another wording (1 for a faithful excerpt).
    static func faithfulness(_ quote: [String], to canonical: [String]) -> Double {
        guard !quote.isEmpty else { return 1 }
        return Double(lcs(quote, canonical)) / Double(quote.count)
    }

    static func lcs(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var prev = [Int](repeating: 0, count: b.count + 1)
        var cur = prev
        for i in 1...a.count {
            for j in 1...b.count {
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : max(prev[j], cur[j - 1])
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }

    static func bigrams(_ words: [String]) -> Set<String> {
        guard words.count >= 2 else { return [] }
        return Set((0..<(words.count - 1)).map { words[$0] + " " + words[$0 + 1] })
    }
}
