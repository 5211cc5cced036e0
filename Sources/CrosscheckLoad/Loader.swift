import CrosscheckModel
import CrosscheckText
import Foundation

/// What loading a corpus folder gives.
public struct Corpus: Sendable {
    public var articles: [Article]
    /// A story title from the corpus settings file, if there is one.
    public var title: String?
    public var problems: [BuildProblem]
    /// Files read and bytes read, for progress reports.
    public var filesRead: Int
    public var bytesRead: Int

    public init(articles: [Article], title: String?, problems: [BuildProblem], filesRead: Int = 0, bytesRead: Int = 0) {
        self.articles = articles
        self.title = title
        self.problems = problems
        self.filesRead = filesRead
        self.bytesRead = bytesRead
    }
}

/// Reads the articles of a corpus folder: `.txt`, `.md` and `.html` files, recursively, in path order.
public struct Loader: Sendable {
    /// Files larger than this are skipped with a warning: no news article is this long.
    public var maxFileSize: Int

    public init(maxFileSize: Int = 8 * 1024 * 1024) {
        self.maxFileSize = maxFileSize
    }

    public func load(_ folder: URL) -> Corpus {
        var problems: [BuildProblem] = []
        let listing = CorpusListing.list(folder, problems: &problems)
        var title: String?
        if let settings = listing.settings {
            title = CorpusSettings.title(in: settings, problems: &problems)
        }
        let results = listing.files.concurrentMap { file in
            readArticle(file)
        }
        var articles: [Article] = []
        var takenIDs = Set<String>()
        var bytes = 0
        for (file, result) in zip(listing.files, results) {
            switch result {
            case .success(let (article, size, warnings)):
                problems += warnings.map { BuildProblem(step: .load, path: file.relativePath, message: $0) }
                var article = article
                article.id = Slug.unique(Slug.make(stem(of: file.relativePath)), in: &takenIDs)
                articles.append(article)
                bytes += size
            case .failure(let problem):
                problems.append(problem)
            }
        }
        return Corpus(articles: articles, title: title, problems: problems, filesRead: articles.count, bytesRead: bytes)
    }

    private func readArticle(_ file: CorpusListing.File) -> Result<(Article, Int, [String]), BuildProblem> {
        let path = file.relativePath
        func problem(_ message: String) -> BuildProblem {
            BuildProblem(step: .load, path: path, message: message)
        }
        let size = file.size
        if size > maxFileSize {
            return .failure(problem("skipped: \(size / 1_048_576) MB is larger than the \(maxFileSize / 1_048_576) MB limit for one article"))
        }
        guard let data = FileManager.default.contents(atPath: file.url.path) else {
            return .failure(problem("cannot be read (permission denied or not a regular file)"))
        }
        let decoded: String
        switch TextDecoding.decode([UInt8](data)) {
        case .success(let text): decoded = text
        case .failure(let error): return .failure(problem(error.message))
        }
        let text = TextDecoding.normalize(decoded)
        if text.isBlank {
            return .failure(problem("skipped: the file is empty"))
        }
        let format = Article.Format(extension: file.url.pathExtension)
        let split: MetadataReader.Split
        if format == .html {
            let page = HTMLArticle.read(text)
            if page.body.isBlank { return .failure(problem("skipped: the page has no article text")) }
            split = MetadataReader.Split(metadata: page.metadata, body: page.body, warnings: [])
        } else {
            split = MetadataReader.read(text)
        }
        var metadata = split.metadata
        MetadataInference.fill(&metadata, from: split.body)
        let article = Article(id: "", file: path, format: format, metadata: metadata, body: split.body)
        return .success((article, size, split.warnings))
    }

    /// `news/a.txt` → `news-a`.
    private func stem(of path: String) -> String {
        var parts = path.split(separator: "/").map(String.init)
        if let last = parts.popLast() {
            let name = last.contains(".") ? String(last[..<last.lastIndex(of: ".")!]) : last
            parts.append(name)
        }
        return parts.joined(separator: "-")
    }
}
