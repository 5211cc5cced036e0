import CrosscheckModel
import Foundation

/// What loading a corpus folder gives.
public struct Corpus: Sendable {
    public var articles: [Article]
    /// A story title from the corpus settings file, if there is one.
    public var title: String?
    public var problems: [BuildProblem]

    public init(articles: [Article], title: String?, problems: [BuildProblem]) {
        self.articles = articles
        self.title = title
        self.problems = problems
    }
}

/// Reads the articles of a corpus folder.
public struct Loader: Sendable {
    public init() {}

    public func load(_ folder: URL) -> Corpus {
        Corpus(articles: [], title: nil, problems: [])
    }
}
