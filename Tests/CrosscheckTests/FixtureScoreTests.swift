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

        var quotes: [GoldQuote]
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

    @Test(arguments: ["dam", "senate", "fire"])
    func quotesAndSpeakersOnUnseenStories(story: String) throws {
        let (recall, speaker) = try Self.score(story)
        #expect(recall >= 0.9)
        #expect(speaker >= 0.9)
    }
}
