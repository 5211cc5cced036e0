import Foundation

/// Facts of one claim that give the same value, or values that agree ("General" and
/// "Brigadier General"; "Joint Chiefs Chairman" and "chairman of the Joint Chiefs of Staff").
struct ValueCluster: Sendable {
    var value: FactValue
    var facts: [Fact]

    var approximate: Bool { facts.contains { $0.value?.approximate == true } }

    /// A figure every source of the cluster gives as a floor ("more than 1,000") or a ceiling
    /// ("fewer than 50"): it contradicts only figures on the wrong side of it.
    enum Bound { case floor, ceiling }

    var bound: Bound? {
        func bound(_ f: Fact) -> Bound? {
            guard let text = f.valueText?.lowercased() else { return nil }
            if ClaimLexicon.floorHedges.contains(where: { text.hasPrefix($0 + " ") }) { return .floor }
            if ClaimLexicon.ceilingHedges.contains(where: { text.hasPrefix($0 + " ") }) { return .ceiling }
            return nil
        }
        let first = facts.first.flatMap(bound)
        return first != nil && facts.allSatisfy({ bound($0) == first }) ? first : nil
    }

    /// Whether two clusters of one claim cannot both be true: their values contradict, and neither
    /// is a floor or ceiling the other's figure respects.
    static func conflict(_ a: ValueCluster, _ b: ValueCluster) -> Bool {
        guard contradict(a.value, b.value) else { return false }
        guard case .number(let x, _) = a.value, case .number(let y, _) = b.value else { return true }
        if rounds(x, to: y) || rounds(y, to: x) { return false }
        switch (a.bound, b.bound) {
        case (.floor, .floor), (.ceiling, .ceiling): return false
        case (.floor, .ceiling): return x > y
        case (.ceiling, .floor): return y > x
        case (.floor, nil): return y < x
        case (nil, .floor): return x < y
        case (.ceiling, nil): return y > x
        case (nil, .ceiling): return x > y
        case (nil, nil): return true
        }
    }

    /// Whether `coarse` is `fine` written with fewer figures: 46.3% for 46.33%, "$6.2 billion" for $6.24
    /// billion, a majority of 14,700 for 14,696. A figure of one significant digit ("3,000") is more
    /// often a guess than a rounding, and disputes a different one.
    static func rounds(_ coarse: Double, to fine: Double) -> Bool {
        guard coarse != fine, fine != 0 else { return false }
        let written = "\(abs(coarse))"
        guard !written.contains("e") else { return false }
        let digits = written.filter(\.isNumber).drop { $0 == "0" }.reversed().drop { $0 == "0" }
        guard digits.count >= 2 else { return false }
        let scale = pow(10, Double(digits.count - 1) - floor(log10(abs(fine))))
        return abs((fine * scale).rounded() / scale - coarse) <= 1e-9 * abs(coarse)
    }

    /// The value as most sources word it; a tie goes to the wording `tieBreak` (wording, the sources
    /// that wrote it) rates highest, so that a rewrite's synonym swaps do not speak for the sources
    /// that agree with it.
    func display(tieBreak: (String, Set<String>) -> Double = { _, _ in 0 }) -> String {
        func wordings(_ text: (Fact) -> String?) -> String {
            let pairs = facts.compactMap { f in text(f).map { ($0, f.sourceID) } }
            return Self.commonest(pairs.map(\.0)) { wording in tieBreak(wording, Set(pairs.filter { $0.0 == wording }.map(\.1))) }
        }
        switch value {
        case .number(let n, _): return ClaimNumbers.format(n)
        case .category:
            // A cluster may hold "General" and "Brigadier General": show what most sources say.
            return wordings { if case .category(let name) = $0.value { name } else { nil } }
        case .polarity: return wordings { $0.valueText?.lowercased() }
        case .post: return wordings(\.valueText)
        }
    }

    /// Groups valued facts; the most specific values found the clusters, vaguer ones join the
    /// first that they agree with.
    static func make(_ facts: [Fact]) -> [ValueCluster] {
        var byValue: [FactValue: [Fact]] = [:]
        for fact in facts { if let v = fact.value { byValue[v, default: []].append(fact) } }
        let ordered = byValue.keys.sorted { a, b in
            let (sa, sb) = (specificity(a), specificity(b))
            if sa != sb { return sa > sb }
            let (ca, cb) = (byValue[a]!.count, byValue[b]!.count)
            if ca != cb { return ca > cb }
            return sortKey(a) < sortKey(b)
        }
        var clusters: [ValueCluster] = []
        for value in ordered {
            if let k = clusters.firstIndex(where: { agree($0.value, value) }) {
                clusters[k].facts += byValue[value]!
            } else {
                clusters.append(ValueCluster(value: value, facts: byValue[value]!))
            }
        }
        return clusters
    }

    static func agree(_ a: FactValue, _ b: FactValue) -> Bool {
        switch (a, b) {
        case (.number(let x, _), .number(let y, _)): return x == y
        case (.polarity(let x), .polarity(let y)): return x == y
        case (.category(let x), .category(let y)):
            // A bare rank agrees with any rank of its kind: "General" with "Brigadier General".
            return x == y || x.hasSuffix(" " + y) || y.hasSuffix(" " + x)
        case (.post(let h1, let b1), .post(let h2, let b2)):
            guard h1 == h2 else { return false }
            if b1.isEmpty || b2.isEmpty { return true }
            let shared = Set(b1).intersection(b2).count
            return Double(shared) / Double(min(b1.count, b2.count)) >= 0.6
        default: return false
        }
    }

    /// Whether two clusters' values cannot both be true. Offices can, when their heads differ or
    /// their bodies share no word ("Labour leader", "Opposition leader"): one person may hold
    /// several. Bodies that overlap in part describe one office two ways ("Joint Chiefs" against
    /// "Army Chiefs of Staff").
    static func contradict(_ a: FactValue, _ b: FactValue) -> Bool {
        if case .post(let h1, let b1) = a, case .post(let h2, let b2) = b {
            // A deputy or shadow of an office is not that office ("deputy prime minister", "prime minister").
            if TitlePhrase.officePrefixes.contains(where: { h1 == $0 + " " + h2 || h2 == $0 + " " + h1 }) { return true }
            return h1 == h2 && !agree(a, b) && !Set(b1).isDisjoint(with: b2)
        }
        return !agree(a, b)
    }

    /// How far `a` being true supports `b`: close figures support each other in part
    /// (5,000 and 5,200), conflicting values count against each other.
    static func implication(_ a: FactValue, _ b: FactValue) -> Double {
        if case .number(let x, _) = a, case .number(let y, _) = b {
            let relative = abs(x - y) / max(abs(x), abs(y), 1)
            return max(0, 1 - relative / 0.1) - 0.5
        }
        return contradict(a, b) ? -0.5 : 0
    }

    private static func specificity(_ v: FactValue) -> Int {
        switch v {
        case .category(let name): name.split(separator: " ").count
        case .post(_, let body): body.count
        default: 0
        }
    }

    private static func sortKey(_ v: FactValue) -> String {
        switch v {
        case .number(let n, let a): "n\(n)\(a)"
        case .polarity(let p): "p\(p)"
        case .category(let c): "c\(c)"
        case .post(let h, let b): "o\(h)|\(b.joined(separator: " "))"
        }
    }

    /// The commonest string; ties go to the alphabetically first, so output never depends on order.
    static func commonest(_ strings: [String]) -> String {
        commonest(strings) { _ in 0 }
    }

    /// The commonest string; ties go to the one `tieBreak` rates highest, then alphabetically.
    /// `tieBreak` is asked only about tied strings, so it may be costly.
    static func commonest(_ strings: [String], tieBreak: (String) -> Double) -> String {
        var counts: [String: Int] = [:]
        for s in strings { counts[s, default: 0] += 1 }
        guard let top = counts.values.max() else { return "" }
        let tied = counts.filter { $0.value == top }.keys.sorted()
        guard tied.count > 1 else { return tied[0] }
        let scores = tied.map(tieBreak)
        return tied.indices.max { scores[$0] != scores[$1] ? scores[$0] < scores[$1] : tied[$0] > tied[$1] }.map { tied[$0] } ?? ""
    }

    /// The commonest string, ties going to the longer (fuller) form, then alphabetically.
    static func commonestLongest(_ strings: [String]) -> String {
        var counts: [String: Int] = [:]
        for s in strings { counts[s, default: 0] += 1 }
        return counts.sorted {
            $0.value != $1.value ? $0.value > $1.value : $0.key.count != $1.key.count ? $0.key.count > $1.key.count : $0.key < $1.key
        }.first?.key ?? ""
    }
}
