import CrosscheckModel
import CrosscheckText
import Foundation

/// Turns a report into the files of the site: HTML pages, assets and data exports.
public struct SiteRenderer: Sendable {
    public struct Options: Sendable {
        /// Absolute URL where the site will be published; enables sitemap.xml and the Atom feed.
        public var baseURL: String?
        /// A folder of templates that overrides the built-in ones.
        public var templates: URL?

        public init(baseURL: String? = nil, templates: URL? = nil) {
            self.baseURL = baseURL
            self.templates = templates
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Pure: returns the files, writes nothing. The same report gives the same bytes.
    public func render(_ report: Report) throws -> [SiteFile] {
        var files: [SiteFile] = []
        try render(report) { files += $0 }
        return files
    }

    /// Renders the site a batch of files at a time, handing each batch to `emit` and keeping none:
    /// for a corpus of thousands of articles the pages would otherwise all be in memory at once.
    /// The data files come first, then the search index, the pages in order, the assets and feeds.
    public func render(_ report: Report, batchSize: Int = 1_024, emit: ([SiteFile]) throws -> Void) throws {
        let templates = try TemplateSet(overrides: options.templates)
        let index = SiteIndex(report)
        let base = SiteIndex.normalizedBase(options.baseURL)
        let renderer = PageRenderer(templates: templates, index: index, exports: Exports.paths, hasFeed: base != nil)
        // Pages are independent of each other: they render on every core, in a fixed order, while
        // the data files and the search index are made beside the first batch.
        let tasks: [Task] = [.exports, .search] + Self.jobs(report).map(Task.page)
        var pages: [String] = []
        for batch in stride(from: 0, to: tasks.count, by: max(1, batchSize)).map({ tasks[$0..<min($0 + batchSize, tasks.count)] }) {
            // The big single items first; see `Parallel`.
            let heavy = batch.indices.filter { batch[$0].isHeavy }.map { $0 - batch.startIndex }
            let parts = Parallel.map(count: batch.count, startingWith: heavy) { i in
                Result { () throws -> Part in
                    switch batch[batch.startIndex + i] {
                    case .exports: return .exports(try Exports.files(for: report))
                    case .search: return .search(try index.searchScript())
                    case .page(let job): return .page(try renderer.layout(renderer.body(job)))
                    }
                }
            }
            // Errors in the order the stages ran before: data files, pages, search index.
            var files: [SiteFile] = []
            var search: Result<Part, Error>?
            for (i, part) in parts.enumerated() {
                if case .search = batch[batch.startIndex + i] {
                    search = part
                    continue
                }
                switch try part.get() {
                case .exports(let exports): try emit(exports)
                case .page(let page): files.append(page)
                case .search: preconditionFailure("tasks out of order")
                }
            }
            if case .search(let script) = try search?.get() {
                try emit([SiteFile(path: "assets/search-index.js", text: script)])
            }
            pages += files.map(\.path)
            try emit(files)
        }
        var files: [SiteFile] = []
        for path in templates.files.keys.sorted() where path.hasPrefix(TemplateSet.assetFolder) {
            files.append(SiteFile(path: path, text: templates.files[path]!))
        }
        if let base {
            let html = pages.filter { $0.hasSuffix(".html") }
            files.append(SiteFile(path: "sitemap.xml", text: index.sitemap(base: base, pages: html)))
            files.append(SiteFile(path: "feed.xml", text: index.atomFeed(base: base)))
        }
        try emit(files)
    }

    /// Work done side by side: the data files, the search index, each page's content.
    private enum Task: Sendable {
        case exports, search
        case page(PageRenderer.Job)

        /// Items whose size grows with the whole corpus, not with one article.
        var isHeavy: Bool {
            switch self {
            case .exports, .search, .page(.claims), .page(.peopleIndex), .page(.sourcesIndex), .page(.home): true
            default: false
            }
        }
    }

    private enum Part: Sendable {
        case exports([SiteFile])
        case search(String)
        case page(SiteFile)
    }

    /// Every page of the site, in the order the files are listed; one page per distinct file name.
    static func jobs(_ report: Report) -> [PageRenderer.Job] {
        var jobs: [PageRenderer.Job] = [.home, .peopleIndex]
        var taken = Set<String>()
        for (offset, person) in report.people.enumerated() where taken.insert(SiteIndex.file(person.id)).inserted {
            jobs.append(.person(offset))
        }
        jobs += [.claims, .sourcesIndex]
        taken = []
        for (offset, source) in report.sources.enumerated() where taken.insert(SiteIndex.file(source.id)).inserted {
            jobs.append(.source(offset))
        }
        jobs += [.methodology, .search]
        return jobs
    }
}
