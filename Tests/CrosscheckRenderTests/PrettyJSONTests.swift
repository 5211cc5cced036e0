import Foundation
import Testing

@testable import CrosscheckRender

/// PrettyJSON must write what JSONEncoder writes with the options report.json uses.
struct PrettyJSONTests {
    private struct Sample: Encodable {
        var text: String
        var numbers: [Double]
        var counts: [Int?]
        var flags: [Bool]
        var nested: [String: [String: Int]]
        var empty: [Int]
        var none: String?
        var some: String?
        var mixedCase: [String: Int]
    }

    private func foundation<T: Encodable>(_ value: T, pretty: Bool = true) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(value))
    }

    private static let sample = Sample(
        text: "Quote \"marks\", back\\slash, a/b, tab\t, line\n, \r, \u{8}, \u{c}, \u{1f}, \u{0}, \u{7f}, é, \u{2028}, 😀",
        numbers: [1, 0.5, -0.0, 0.001, 12.3, 1e-5, 1e21, 0.1 + 0.2, 100, -3.25],
        counts: [1, nil, 3], flags: [true, false],
        nested: ["b": ["y": 1, "x": 2], "a": [:]], empty: [], none: nil, some: "here",
        mixedCase: ["b": 1, "B": 2, "a_b": 3, "aB": 4, "ab": 5, "a10": 6, "a9": 7])

    @Test func sameBytesAsJSONEncoder() throws {
        #expect(try PrettyJSON.encode(Self.sample) == foundation(Self.sample))
        #expect(try PrettyJSON.encode([String]()) == foundation([String]()))
    }

    @Test func compactSameBytesAsJSONEncoder() throws {
        #expect(try PrettyJSON.encodeCompact(Self.sample) == foundation(Self.sample, pretty: false))
        #expect(try PrettyJSON.encodeCompact([String]()) == foundation([String](), pretty: false))
        #expect(try PrettyJSON.encodeCompact([String: Int]()) == foundation([String: Int](), pretty: false))
    }

    /// Containers nested by hand, as custom `encode(to:)` methods write them, with keys out of order.
    private struct HandNested: Encodable {
        enum Keys: String, CodingKey { case zeta, alpha, list, inner, mid }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(1, forKey: .zeta)
            var list = c.nestedUnkeyedContainer(forKey: .list)
            try list.encode("a")
            var inner = list.nestedContainer(keyedBy: Keys.self)
            try inner.encode(true, forKey: .mid)
            try inner.encodeNil(forKey: .alpha)
            var empty = c.nestedContainer(keyedBy: Keys.self, forKey: .inner)
            _ = empty
            empty = c.nestedContainer(keyedBy: Keys.self, forKey: .mid)
            try empty.encode([[String: Int]](), forKey: .alpha)
            try c.encode(0.25, forKey: .alpha)
        }
    }

    @Test func handNestedContainersSameBytesAsJSONEncoder() throws {
        #expect(try PrettyJSON.encode(HandNested()) == foundation(HandNested()))
        #expect(try PrettyJSON.encodeCompact([HandNested(), HandNested()]) == foundation([HandNested(), HandNested()], pretty: false))
    }

    @Test func notANumberIsRefused() {
        #expect(throws: PrettyJSON.InvalidValue.self) { try PrettyJSON.encode([Double.nan]) }
    }
}
