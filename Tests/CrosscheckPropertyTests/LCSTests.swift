import CrosscheckText
import Testing

/// The common subsequence gives the table's length, with bit vectors up to 64 words and rows past them.
@Suite struct LCSTests {
    /// The textbook table, kept here as the reference.
    static func tableLCS(_ a: [Int], _ b: [Int]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var diagonal = 0
            for j in b.indices {
                let above = row[j + 1]
                row[j + 1] = x == b[j] ? diagonal + 1 : max(above, row[j])
                diagonal = above
            }
        }
        return row[b.count]
    }

    @Test func bitVectorAgreesWithTheTable() {
        var random = Seeded(0x2545_F491_4F6C_DD1D)
        for _ in 0..<2_000 {
            let vocabulary = 2 + random.next(12)
            let a = (0..<random.next(90)).map { _ in random.next(vocabulary) }
            let b = (0..<random.next(90)).map { _ in random.next(vocabulary) }
            #expect(LCS.length(a, b) == Self.tableLCS(a, b), "\(a) \(b)")
        }
        #expect(LCS.length(Array(0..<64), Array(0..<64)) == 64)
        #expect(LCS.length([1, 2, 3], []) == 0)
        // Any numbers, not only small word ids, find their positions.
        #expect(LCS.length([Int.min, -1, 0, Int.max, 7], [-1, Int.max, 5, Int.min, 7]) == 3)
    }

    @Test func patternAgreesWithTheTableForEveryList() {
        var random = Seeded(0x9E37_79B9_7F4A_7C15)
        for _ in 0..<500 {
            let vocabulary = 2 + random.next(12)
            let b = (0..<(1 + random.next(64))).map { _ in random.next(vocabulary) }
            let pattern = LCS.Pattern(b)
            #expect(pattern != nil)
            for _ in 0..<4 {
                let a = (0..<random.next(90)).map { _ in random.next(vocabulary) }
                #expect(pattern?.length(a) == Self.tableLCS(a, b), "\(a) \(b)")
            }
        }
        #expect(LCS.Pattern([]) == nil)
        #expect(LCS.Pattern(Array(0..<65)) == nil)
        #expect(LCS.Pattern(Array(0..<64))?.length(Array(0..<64)) == 64)
    }
}
