import CrosscheckText
import Testing

/// The table answers as a Dictionary does, through growth and for keys that crowd one slot.
@Suite struct UInt64MapTests {
    @Test func agreesWithADictionary() {
        var random = Seeded(7)
        var map = UInt64Map<[Int]>()
        var reference: [UInt64: [Int]] = [:]
        // Small keys, keys that differ only in their top bits, and the extremes: all land together
        // somewhere unless the key is spread before it picks a slot.
        let keys: [UInt64] = (0..<3_000).map { k in
            switch k % 3 {
            case 0: UInt64(random.next(500))
            case 1: UInt64(random.next(500)) << 48
            default: [0, .max, 1 << 63][random.next(3)]
            }
        }
        for (i, key) in keys.enumerated() {
            map[key, default: []].append(i)
            reference[key, default: []].append(i)
            #expect(map[key] == reference[key])
        }
        #expect(map.count == reference.count)
        for (key, value) in reference { #expect(map[key] == value) }
        #expect(map[12_345_678] == nil)
        #expect(map.updateValue([1], forKey: .max) == reference[.max])
        #expect(map[.max] == [1])
        #expect(map.updateValue([2], forKey: 99_999) == nil)
        #expect(map.count == reference.count + 1)
    }
}
