import CrosscheckClaims
import CrosscheckClean
import CrosscheckLoad
import CrosscheckModel
import CrosscheckQuotes
import CrosscheckReliability
import CrosscheckRender
import CrosscheckWrite
import Foundation

/// load → clean → analyse → render → write.
public struct Pipeline: Sendable {
    public var corpus: URL
    public var output: URL
    public var renderOptions: SiteRenderer.Options

    public init(corpus: URL, output: URL, renderOptions: SiteRenderer.Options = .init()) {
        self.corpus = corpus
        self.output = output
        self.renderOptions = renderOptions
    }

    /// Loads, cleans and analyses the corpus into a report.
    public func analyze() -> (report: Report, problems: [BuildProblem]) {
        let loaded = Loader().load(corpus)
        let documents = loaded.articles.map { Cleaner().clean($0) }
        return (Analysis.report(documents, title: loaded.title), loaded.problems)
    }
}
