import CrosscheckModel
import Testing

@testable import CrosscheckQuotes

@Suite struct ClusterTests {
    /// Four outlets quote one statement: two word for word, one trimmed and re-punctuated, one reworded.
    static let outlets: [(String, String)] = [
        ("a", "“We will not raise taxes this year, and we will protect every pension,” Chancellor Mia Roth said."),
        ("b", "“We will not raise taxes this year, and we will protect every pension,” said Roth."),
        ("c", "Chancellor Mia Roth said: “We will not raise taxes this year.”"),
        ("d", "“We will not increase levies this year, and we will guard each pension,” Chancellor Mia Roth extra."),
    ]

    func run() -> QuoteAnalysis {
        QuoteAnalyzer().analyze(Self.outlets.map { makeDocument($0.0, [$0.1]) })
    }

    @Test func sameStatementSharesCluster() throws {
        let analysis = run()
        #expect(analysis.clusters.count == 1)
        let cluster = try #require(analysis.clusters.first)
        #expect(cluster.id == "a-q1-c")
        #expect(cluster.quoteIDs.count == 4)
        #expect(Set(analysis.quotes.map(\.cluster)) == [cluster.id])
        #expect(cluster.canonical == "We will not raise taxes this year, and we will protect every pension")
        #expect(cluster.personID == analysis.people.first?.id)
    }

    @Test func rewordedSourceScoresLowerFidelity() throws {
        let fidelity = run().fidelity
        let faithful = try #require(fidelity["a"])
        #expect(faithful == 1)
        #expect(fidelity["c"] == 1)
        let reworded = try #require(fidelity["d"])
        #expect(reworded < 0.9 && reworded > 0.5)
    }

    @Test func differentStatementsStayApart() {
        let analysis = QuoteAnalyzer().analyze([
            makeDocument("a", ["“The harbour will reopen next spring,” Mayor Tom Reyes said."]),
            makeDocument("b", ["“Our schools need more teachers right now,” Mayor Tom Reyes said."]),
        ])
        #expect(analysis.clusters.isEmpty)
        #expect(analysis.quotes.allSatisfy { $0.cluster == nil })
        #expect(analysis.fidelity.isEmpty)
    }

    @Test(arguments: [
        (["we", "will", "not", "raise", "taxes"], ["we", "will", "not", "raise", "taxes", "this", "year"], 1.0),
        (["we", "shall", "not", "lift", "taxes"], ["we", "will", "not", "raise", "taxes"], 0.6),
    ])
    func faithfulnessCountsWordsInOrder(_ quote: [String], _ canonical: [String], _ expected: Double) {
        // Words as numbers, as the clusterer holds them.
        var numbers: [String: Int] = [:]
        let number = { (word: String) -> Int in numbers[word] ?? { numbers[word] = numbers.count; return numbers.count - 1 }() }
        let q = quote.map(number), c = canonical.map(number)
        #expect(abs(QuoteClusterer.faithfulness(q, to: c) - expected) < 1e-9)
    }
}
