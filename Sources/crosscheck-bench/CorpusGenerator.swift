import Crosscheck
import CrosscheckText
import Foundation

/// Makes a large corpus deterministically by recombining the sample's paragraphs, with the
/// sample's people renamed per story, figures varied and outlets and dates spread out.
struct CorpusGenerator {
    /// Body paragraphs of the sample, and the names the analysis found in it (longest first).
    var paragraphs: [String]
    var names: [String]

    init(sample: URL) throws {
        let summary = Pipeline(corpus: sample, output: URL(fileURLWithPath: "/nonexistent")).analyze()
        paragraphs = summary.report.sources.flatMap { $0.document.body.map(\.text) }
        names = Array(Set(summary.report.people.flatMap(\.aliases))).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        guard !paragraphs.isEmpty else { throw GeneratorError.emptySample(sample.path) }
    }

    enum GeneratorError: Error {
        case emptySample(String)
    }

    /// Writes `articles` files into `folder` (replacing it); returns megabytes written.
    func write(articles: Int, to folder: URL) throws -> Double {
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var bytes = 0
        for index in 0..<articles {
            let text = article(index)
            bytes += text.utf8.count
            try text.write(to: folder.appendingPathComponent(String(format: "%06d.txt", index)), atomically: false, encoding: .utf8)
        }
        return Double(bytes) / 1_048_576
    }

    /// Twenty articles share a story: the same renamed cast, so cross-source stages have work to do.
    func article(_ index: Int) -> String {
        var random = SplitMix(seed: UInt64(index) &* 0x9E37_79B9 &+ 17)
        var cast = SplitMix(seed: UInt64(index / 20) &+ 1)
        let renames = names.map { ($0, Self.name(&cast, like: $0)) }
        let count = 14 + random.next(below: 12)
        var body: [String] = []
        for _ in 0..<count {
            var paragraph = paragraphs[random.next(below: paragraphs.count)]
            for (old, new) in renames where paragraph.contains(old) {
                paragraph = paragraph.replacingOccurrences(of: old, with: new)
            }
            body.append(Self.varyFigures(paragraph, &random))
        }
        let outlet = "outlet\(random.next(below: 400)).example"
        let day = 1 + random.next(below: 28)
        let title = body[0].split(separator: " ").prefix(10).joined(separator: " ")
        return "Title: \(title)\nOutlet: \(outlet)\nDate: 2020-01-\(String(format: "%02d", day))\n\n" + body.joined(separator: "\n") + "\n"
    }

    private static let syllables = ["ka", "lo", "mi", "ra", "ten", "vo", "sul", "dar", "ne", "bri", "ho", "quin", "za", "pel", "tor"]

    /// A made-up name with as many words as the original, capitalised like a name.
    static func name(_ random: inout SplitMix, like original: String) -> String {
        original.split(separator: " ").map { word -> String in
            guard word.first?.isUppercase == true, word.count > 2 else { return String(word) }
            let made = (0..<(2 + random.next(below: 2))).map { _ in syllables[random.next(below: syllables.count)] }.joined()
            return made.prefix(1).uppercased() + made.dropFirst()
        }.joined(separator: " ")
    }

    /// Every run of digits becomes another number of the same length.
    static func varyFigures(_ text: String, _ random: inout SplitMix) -> String {
        var out = ""
        for ch in text {
            if ch.isASCII, ch.isNumber, random.next(below: 3) == 0 {
                out.append(Character(String(random.next(below: 10))))
            } else {
                out.append(ch)
            }
        }
        return out
    }
}

/// A small, fast, seedable generator: the same seed gives the same corpus on every machine.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
