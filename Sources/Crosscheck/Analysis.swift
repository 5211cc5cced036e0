import CrosscheckClaims
import CrosscheckModel
import CrosscheckQuotes
import CrosscheckReliability
import CrosscheckText

/// The analysis stage: quotes and people first, then claims, then reliability, which uses both.
enum Analysis {
    /// The analysis stages' accounts of their rules and weights, for the methodology page (Markdown).
    static var methodology: [String] { [ClaimAnalyzer.methodology, ReliabilityScorer.methodology] }

    /// The report, recording the time of each part ("quotes", "claims", "reliability") for benchmarks.
    static func report(_ documents: [Document], title: String?, timings: inout [StageTiming]) -> Report {
        // The story's title needs the articles alone: it is worked out beside the analysis.
        let storyTitle = title.map { title in Background { title } } ?? Background { StoryTitle.infer(from: documents) }
        let quotes = Stopwatch.time("quotes", into: &timings) { QuoteAnalyzer().analyze(documents) }
        // Reliability's corpus and indexes need the documents alone: built beside the claims, they fill
        // the core the claims' one-thread steps leave idle. Started after the quotes, whose scans are
        // freed by then, so that the two never take memory at once.
        let groundwork = Background { ReliabilityScorer.Groundwork(documents: documents) }
        let claims = Stopwatch.time("claims", into: &timings) {
            ClaimAnalyzer().analyze(documents, quotes: quotes.quotes, people: quotes.people)
        }
        let reliability = Stopwatch.time("reliability", into: &timings) {
            ReliabilityScorer().score(
                ReliabilityInput(
                    documents: documents, quotes: quotes.quotes, clusters: quotes.clusters, fidelity: quotes.fidelity,
                    claims: claims.claims, trust: claims.trust),
                groundwork: groundwork.wait())
        }
        let sources = documents.map { document in
            Report.Source(
                document: document,
                reliability: reliability[document.id] ?? Reliability(score: 0, grade: "F", summary: "", signals: []),
                quoteFidelity: quotes.fidelity[document.id], trust: claims.trust[document.id])
        }
        let story = Report.Story(title: storyTitle.wait(), inferred: title == nil)
        return Report(
            story: story, sources: sources, people: quotes.people, quotes: quotes.quotes, clusters: quotes.clusters,
            claims: claims.claims)
    }
}
