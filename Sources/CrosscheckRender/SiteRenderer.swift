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
        /// Markdown sections the methodology page gives after its overview: the analysis stages' own
        /// accounts of their rules and weights.
        public var methodology: [String]

        public init(baseURL: String? = nil, templates: URL? = nil, methodology: [String] = []) {
            self.baseURL = baseURL
            self.templates = templates
            self.methodology = methodology
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Pure: returns the files, sorted by path, and writes nothing. The same report gives the same bytes.
    public func render(_ report: Report) throws -> [SiteFile] {
        var files: [SiteFile] = []
        try render(report) { files += $0 }
        return files.sorted { $0.path < $1.path }
    }

    /// Renders the site a batch of files at a time, handing each batch to `emit` and keeping none:
    /// for a corpus of thousands of articles the pages would otherwise all be in memory at once.
    /// Batches come in no fixed order (the items that grow with the whole corpus are handed over as
    /// they are done), always from the calling thread; the files and their bytes are always the same.
    public func render(_ report: Report, batchSize: Int = 1_024, emit: ([SiteFile]) throws -> Void) throws {
        let tasks: [Task] = [.exports, .search] + Self.jobs(report).map(Task.page)
        // The items that grow with the corpus render beside the batches of small pages, not inside
        // one: a batch waits for its slowest item, and a core would stand idle meanwhile.
        let heavy = tasks.indices.filter { tasks[$0].isHeavy }
        let light = tasks.indices.filter { !tasks[$0].isHeavy }
        let done = Done()
        let group = DispatchGroup()
        // One at a time beside the small pages: each holds much of the corpus in memory while it renders.
        let heavyQueue = DispatchQueue(label: "crosscheck.render.heavy")
        defer { group.wait() }
        // The data files need no index: they are made while the index is built on this thread.
        heavyQueue.async(group: group) { done.add(0, Result { .exports(try Exports.files(for: report)) }) }
        let templates = try TemplateSet(overrides: options.templates)
        let index = SiteIndex(report)
        let base = SiteIndex.normalizedBase(options.baseURL)
        let renderer = PageRenderer(
            templates: templates, index: index, exports: Exports.paths, hasFeed: base != nil,
            methodology: options.methodology.map(Markdown.html).joined(separator: "\n"))
        let run = { @Sendable (task: Task) in
            Result { () throws -> Part in
                switch task {
                case .exports: return .exports(try Exports.files(for: report))
                case .search: return .search(try index.searchScript())
                case .page(let job): return .page(try renderer.layout(renderer.body(job)))
                }
            }
        }
        let waiting = Tickets(heavy.indices.dropFirst())
        heavyQueue.async(group: group) {
            while let k = waiting.take() { done.add(k, run(tasks[heavy[k]])) }
        }
        var pages = [String?](repeating: nil, count: tasks.count)
        var search: SiteFile?
        // Hands over the corpus-wide items finished so far, so that none waits in memory for the end.
        func emitFinished() throws {
            for (k, part) in done.take() {
                switch try part.get() {
                case .exports(let exports): try emit(exports)
                case .search(let script): search = SiteFile(path: "assets/search-index.js", text: script)
                case .page(let page):
                    pages[heavy[k]] = page.path
                    try emit([page])
                }
            }
        }
        let batches = stride(from: 0, to: light.count, by: max(1, batchSize)).map {
            Array(light[$0..<min($0 + batchSize, light.count)])
        }
        // The next batch renders while this thread hands the last one over (writing it, in a build):
        // the cores would otherwise wait for the disk between batches.
        func started(_ b: Int) -> Background<[Result<Part, Error>]>? {
            guard b < batches.count else { return nil }
            let batch = batches[b]
            return Background { batch.concurrentMap { run(tasks[$0]) } }
        }
        var next = started(0)
        for (b, batch) in batches.enumerated() {
            let parts = next!.wait()
            next = started(b + 1)
            var files: [SiteFile] = []
            for (k, part) in parts.enumerated() {
                let file = try part.get()
                guard case .page(let page) = file else { preconditionFailure("a page task gave no page") }
                files.append(page)
                pages[batch[k]] = page.path
            }
            try emit(files)
            try emitFinished()
        }
        // The small pages are done: this thread takes its share of the corpus-wide items still waiting,
        // which the other core would otherwise render alone.
        while let k = waiting.take() {
            done.add(k, run(tasks[heavy[k]]))
            try emitFinished()
        }
        group.wait()
        try emitFinished()
        var files: [SiteFile] = search.map { [$0] } ?? []
        for path in templates.files.keys.sorted() where path.hasPrefix(TemplateSet.assetFolder) {
            files.append(SiteFile(path: path, text: templates.files[path]!))
        }
        if let base {
            let html = pages.compactMap { $0 }.filter { $0.hasSuffix(".html") }
            files.append(SiteFile(path: "sitemap.xml", text: index.sitemap(base: base, pages: html)))
            files.append(SiteFile(path: "feed.xml", text: index.atomFeed(base: base)))
        }
        try emit(files)
    }

    /// Corpus-wide items finished on other threads, waiting to be handed over.
    private final class Done: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [(Int, Result<Part, Error>)] = []

        func add(_ k: Int, _ part: Result<Part, Error>) {
            lock.withLock { parts.append((k, part)) }
        }

        /// What is finished, in task order, removed from here.
        func take() -> [(Int, Result<Part, Error>)] {
            lock.withLock {
                defer { parts = [] }
                return parts.sorted { $0.0 < $1.0 }
            }
        }
    }

    /// Indexes handed out once each, to whichever thread asks first.
    private final class Tickets: @unchecked Sendable {
        private let lock = NSLock()
        private var left: Range<Int>

        init(_ range: Range<Int>) {
            left = range
        }

        func take() -> Int? {
            lock.withLock { left.popFirst() }
        }
    }

    /// Work done side by side: the data files, the search index, each page's content.
    private enum Task: Sendable {
        case exports, search
        case page(PageRenderer.Job)

        /// Items whose size grows with the whole corpus, not with one article.
        var isHeavy: Bool {
            switch self {
            case .exports, .search, .page(.claims(_)), .page(.peopleIndex(_)), .page(.sourcesIndex(_)), .page(.home): true
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
        func pages(_ rows: Int) -> Range<Int> { 0..<SiteIndex.paging(rows: rows).pageCount }
        var jobs: [PageRenderer.Job] = [.home] + pages(report.people.count).map { .peopleIndex(page: $0) }
        var taken = Set<String>()
        for (offset, person) in report.people.enumerated() where taken.insert(SiteIndex.file(person.id)).inserted {
            jobs.append(.person(offset))
        }
        jobs += pages(report.claims.count).map { .claims(page: $0) }
        taken = []
        for (offset, claim) in report.claims.enumerated()
        where SiteIndex.hasOwnPage(claim) && taken.insert(SiteIndex.claimFile(claim)).inserted {
            jobs.append(.claim(offset))
        }
        jobs += pages(report.sources.count).map { .sourcesIndex(page: $0) }
        taken = []
        for (offset, source) in report.sources.enumerated() where taken.insert(SiteIndex.file(source.id)).inserted {
            jobs.append(.source(offset))
        }
        jobs += [.methodology, .search]
        return jobs
    }
}
