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
        let templates = try TemplateSet(overrides: options.templates)
        let index = SiteIndex(report)
        let base = SiteIndex.normalizedBase(options.baseURL)
        // Pages are independent of each other: they render on every core, in a fixed order, while
        // the data files and the search index are made beside them. Only the layout needs the
        // data files' names, so it comes second.
        let content = PageRenderer(templates: templates, index: index, exports: [], hasFeed: base != nil)
        let tasks: [Task] = [.exports, .search] + Self.jobs(report).map(Task.page)
        // The big single items first; see `Parallel`.
        let heavy = tasks.indices.filter { tasks[$0].isHeavy }
        let parts = Parallel.map(count: tasks.count, startingWith: heavy) { i in
            Result { () throws -> Part in
                switch tasks[i] {
                case .exports: return .exports(try Exports.files(for: report))
                case .search: return .search(try index.searchScript())
                case .page(let job): return .page(try content.body(job))
                }
            }
        }
        // Errors in the order the stages ran before: data files, pages, search index.
        guard case .exports(let exports) = try parts[0].get() else { preconditionFailure("tasks out of order") }
        var bodies: [PageRenderer.Body] = []
        bodies.reserveCapacity(parts.count)
        for part in parts.dropFirst(2) {
            if case .page(let body) = try part.get() { bodies.append(body) }
        }
        guard case .search(let search) = try parts[1].get() else { preconditionFailure("tasks out of order") }
        let layout = PageRenderer(templates: templates, index: index, exports: exports.map(\.path), hasFeed: base != nil)
        let pages = bodies.concurrentMap { body in Result { try layout.layout(body) } }
        var files: [SiteFile] = []
        files.reserveCapacity(pages.count + 16)
        for page in pages { files.append(try page.get()) }
        files.append(SiteFile(path: "assets/search-index.js", text: search))
        for path in templates.files.keys.sorted() where path.hasPrefix(TemplateSet.assetFolder) {
            files.append(SiteFile(path: path, text: templates.files[path]!))
        }
        if let base {
            let html = files.map(\.path).filter { $0.hasSuffix(".html") }
            files.append(SiteFile(path: "sitemap.xml", text: index.sitemap(base: base, pages: html)))
            files.append(SiteFile(path: "feed.xml", text: index.atomFeed(base: base)))
        }
        files += exports
        return files
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
        case page(PageRenderer.Body)
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
