import CrosscheckModel
import CrosscheckText
import Foundation
import Testing

@testable import Crosscheck

/// Made-up stories with hand-made gold (Tests/Fixtures), written to exercise conventions the
/// sample corpus lacks. Scored the way the shared score-report tool scores the sample.
@Suite struct FixtureScoreTests {
    struct Gold: Decodable {
        struct GoldQuote: Decodable {
            var file, snippet, speaker: String
        }

        struct GoldClaim: Decodable {
            var id, status: String
            var values: [String: [String]]?
        }

        var quotes: [GoldQuote]
        var claims: [GoldClaim]?
    }

    static let fixtures = SampleSiteTests.repository.appendingPathComponent("Tests/Fixtures")

    static func normalized(_ text: String) -> String {
        Folding.fold(text).trimmingCharacters(in: CharacterSet(charactersIn: " .,'\""))
    }

    /// Recall of the gold quotes, and the share of found quotes given to the right person.
    static func score(_ story: String) throws -> (recall: Double, speaker: Double) {
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: fixtures.appendingPathComponent("\(story).gold.json")))
        let report = Pipeline(corpus: fixtures.appendingPathComponent(story), output: URL(fileURLWithPath: "/nonexistent")).analyze().report
        let files = Dictionary(uniqueKeysWithValues: report.sources.map { ($0.id, $0.document.article.file) })
        let people = Dictionary(uniqueKeysWithValues: report.people.map { ($0.id, $0) })
        var found = 0, right = 0
        for g in gold.quotes {
            let snippet = normalized(g.snippet)
            let matches = report.quotes.filter { files[$0.sourceID] == g.file && normalized($0.text).contains(snippet) }
            guard !matches.isEmpty else { continue }
            found += 1
            let surname = Folding.words(g.speaker).last ?? ""
            let named = matches.contains { quote in
                guard let person = quote.personID.flatMap({ people[$0] }) else { return false }
                return ([person.name] + person.aliases).contains { Folding.words($0).last == surname }
            }
            if named { right += 1 }
        }
        return (Double(found) / Double(gold.quotes.count), found == 0 ? 0 : Double(right) / Double(found))
    }

    @Test(arguments: ["dam", "senate", "fire", "bridge", "poll", "storm", "trial", "gallery", "plant", "hearing", "council", "docks"])
    func quotesAndSpeakersOnUnseenStories(story: String) throws {
        let (recall, speaker) = try Self.score(story)
        #expect(recall >= 0.9)
        #expect(speaker >= 0.9)
    }

    /// score-report's text normalisation: curly quotes straightened, spaces collapsed, lowercased,
    /// and spaces, dots, commas and quotes trimmed from the ends.
    static func scoreNormalized(_ text: String) -> String {
        var t = text.precomposedStringWithCompatibilityMapping
        for (from, to) in [("\u{2018}", "'"), ("\u{2019}", "'"), ("\u{B4}", "'"), ("`", "'"), ("\u{201C}", "\""), ("\u{201D}", "\""), ("\u{2026}", "...")] {
            t = t.replacingOccurrences(of: from, with: to)
        }
        t = t.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        return t.trimmingCharacters(in: CharacterSet(charactersIn: " .,'\""))
    }

    /// The gold's contested claims that the report shows as contested, matched as score-report does:
    /// a contested claim whose assertions come from a source of every side and mention every value.
    static func contestedFound(_ story: String) throws -> (found: [String], wanted: [String]) {
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: fixtures.appendingPathComponent("\(story).gold.json")))
        let report = Pipeline(corpus: fixtures.appendingPathComponent(story), output: URL(fileURLWithPath: "/nonexistent")).analyze().report
        let files = Dictionary(uniqueKeysWithValues: report.sources.map { ($0.id, URL(fileURLWithPath: $0.document.article.file).lastPathComponent) })
        let wanted = (gold.claims ?? []).filter { $0.status == "contested" && !($0.values ?? [:]).isEmpty }
        let found = wanted.filter { g in
            let values = g.values ?? [:]
            return report.claims.contains { c in
                guard c.status == .contested else { return false }
                let sources = c.assertions.map { files[$0.sourceID] ?? "?" }
                let text = c.assertions.map { scoreNormalized($0.value ?? "") + " " + scoreNormalized($0.text) }.joined(separator: " ")
                let sidesCovered = values.values.allSatisfy { side in
                    sources.contains { f in side.contains { f == $0 || f.hasPrefix($0) } }
                }
                let valuesMentioned = values.keys.allSatisfy { v in
                    scoreNormalized(v).split(separator: " ").contains { text.contains($0) }
                }
                return sidesCovered && valuesMentioned
            }
        }
        return (found.map(\.id).sorted(), wanted.map(\.id).sorted())
    }

    @Test(arguments: ["dam", "senate", "fire", "bridge", "poll", "storm", "trial", "gallery", "plant", "hearing", "council", "docks", "ferry", "quake", "railway"])
    func goldDisputesAreFoundAsContested(story: String) throws {
        let (found, wanted) = try Self.contestedFound(story)
        #expect(found == wanted)
    }
}
