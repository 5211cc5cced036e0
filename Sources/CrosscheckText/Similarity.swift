/// String and set similarity measures used across the analysis.
public enum Similarity {
    public static func jaccard<T: Hashable>(_ a: Set<T>, _ b: Set<T>) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        let inter = a.intersection(b).count
        return Double(inter) / Double(a.count + b.count - inter)
    }

    /// Word n-grams ("shingles") of a token list.
    public static func shingles(_ words: [String], size: Int = 3) -> Set<String> {
        guard words.count >= size else { return words.isEmpty ? [] : [words.joined(separator: " ")] }
        var out = Set<String>()
        for i in 0...(words.count - size) {
            out.insert(words[i..<(i + size)].joined(separator: " "))
        }
        return out
    }

    /// Levenshtein distance between two sequences.
    public static func editDistance<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// 1 for equal strings, 0 for nothing in common, by edit distance over characters.
    public static func ratio(_ a: String, _ b: String) -> Double {
        let x = Array(a), y = Array(b)
        let longest = max(x.count, y.count)
        if longest == 0 { return 1 }
        return 1 - Double(editDistance(x, y)) / Double(longest)
    }
}
