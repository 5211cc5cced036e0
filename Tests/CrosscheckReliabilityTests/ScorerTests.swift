import CrosscheckModel
import Testing
@testable import CrosscheckReliability

@Suite struct ScorerTests {
    @Test func emptyInputsGiveNoPenalty() throws {
        let result = ReliabilityScorer().score(ReliabilityInput(documents: [Fixtures.honest("a")]))
        let a = try #require(result["a"])
        #expect(a.score == Weights.base)
        #expect(a.signals.isEmpty)
        #expect(a.summary.hasPrefix("No problems found"))
    }

    @Test func flawedCopyScoresBelowCleanCopy() throws {
        let docs = [
            Fixtures.honest("a"), Fixtures.honest("b"), Fixtures.honest("c"),
            Fixtures.document("d", RewrittenCopyTests.spun + ["It was a oversight, the owner said in a statement."]),
            Fixtures.document("e", Fixtures.shared + Fixtures.shared),
        ]
        let result = ReliabilityScorer().score(ReliabilityInput(documents: docs))
        let clean = try #require(result["a"]), spun = try #require(result["d"]), doubled = try #require(result["e"])
        #expect(clean.score > spun.score)
        #expect(clean.score > doubled.score)
        #expect(spun.signals.contains { $0.id == "rewritten-copy" })
        #expect(doubled.signals.map(\.id).contains("duplicated-body"))
        #expect(doubled.summary.hasPrefix("The body is printed twice"))
        // Every point links to text.
        for signal in spun.signals + doubled.signals { #expect(!signal.evidence.isEmpty) }
    }

    @Test func emptyCorpusAndEmptyArticles() throws {
        #expect(ReliabilityScorer().score(ReliabilityInput(documents: [])).isEmpty)
        let result = ReliabilityScorer().score(
            ReliabilityInput(documents: [Fixtures.document("a", []), Fixtures.document("b", ["Fire."]), Fixtures.honest("c")]))
        #expect(result.count == 3)
        #expect(try #require(result["a"]).score == Weights.base)
    }

    @Test func pointsAddUpToTheScore() throws {
        let docs = [Fixtures.honest("a"), Fixtures.honest("b"), Fixtures.honest("c"), Fixtures.document("d", RewrittenCopyTests.spun)]
        for (_, reliability) in ReliabilityScorer().score(ReliabilityInput(documents: docs)) {
            let sum = reliability.signals.reduce(Weights.base) { $0 + $1.points }
            #expect(abs(reliability.score - min(100, max(0, sum))) < 0.001)
        }
    }

    @Test func deterministic() {
        let docs = [Fixtures.honest("a"), Fixtures.document("d", RewrittenCopyTests.spun), Fixtures.honest("b")]
        let first = ReliabilityScorer().score(ReliabilityInput(documents: docs))
        let second = ReliabilityScorer().score(ReliabilityInput(documents: docs))
        #expect(first == second)
    }

    @Test func scoreIsClamped() {
        let many = (0..<40).map { Finding(id: "x\($0)", label: "x", points: -10, evidence: [], phrase: "x") }
        #expect(ReliabilityScorer.reliability(many).score == 0)
        #expect(ReliabilityScorer.reliability(many).grade == "F")
    }

    @Test(arguments: [(92.0, "A"), (85.0, "A"), (75.0, "B"), (60.0, "C"), (45.0, "D"), (12.0, "F")])
    func grades(score: Double, grade: String) {
        #expect(ReliabilityScorer.grade(score) == grade)
    }

    @Test func summaryNamesTheTwoWorstProblems() {
        let findings = [
            Finding(id: "a", label: "", points: -3, evidence: [], phrase: "a doubled word"),
            Finding(id: "b", label: "", points: -12, evidence: [], phrase: "quotes altered against four other outlets"),
            Finding(id: "c", label: "", points: -8, evidence: [], phrase: "several translation errors"),
            Finding(id: "d", label: "", points: 3, evidence: [], phrase: "names its sources"),
        ]
        #expect(ReliabilityScorer.reliability(findings).summary == "Quotes altered against four other outlets; several translation errors.")
    }

    @Test func methodologyLength() {
        let words = ReliabilityScorer.methodology.split(whereSeparator: { $0.isWhitespace }).count
        #expect((200...400).contains(words), "\(words) words")
        #expect(ReliabilityScorer.methodology.contains("\(Int(Weights.base))"))
    }
}
