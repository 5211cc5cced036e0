import Testing

@testable import CrosscheckReliability

/// Pairs found past a common beginning are the ones the whole table gives.
@Suite struct WordDiffTests {
    /// The whole table and the same walk, kept here as the reference.
    static func reference(_ a: [Int], _ b: [Int]) -> [(Int, Int)] {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        var s = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                s[i][j] = a[i] == b[j] ? s[i + 1][j + 1] + 1 : max(s[i + 1][j], s[i][j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                pairs.append((i, j))
                i += 1
                j += 1
            } else if s[i + 1][j] >= s[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }

    @Test func pairsAgreeWithTheWholeTable() {
        var random = Seeded(11)
        for _ in 0..<3_000 {
            let shared = (0..<random.next(8)).map { _ in random.next(5) }
            let a = shared + (0..<random.next(12)).map { _ in random.next(5) }
            let b = shared + (0..<random.next(12)).map { _ in random.next(5) }
            let found = WordDiff.matchedPairs(a, b), expected = Self.reference(a, b)
            #expect(found.map(\.0) == expected.map(\.0) && found.map(\.1) == expected.map(\.1), "\(a) \(b)")
        }
    }
}
