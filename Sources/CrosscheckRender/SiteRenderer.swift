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
        let exports = try Exports.files(for: report)
        let base = SiteIndex.normalizedBase(options.baseURL)
        let pages = PageRenderer(templates: templates, index: index, exports: exports.map(\.path), hasFeed: base != nil)
        // Pages are independent of each other: they render on every core, in a fixed order.
        let rendered = Self.jobs(report).concurrentMap { job in Result { try pages.render(job) } }
        var files: [SiteFile] = []
        files.reserveCapacity(rendered.count + 16)
        for result in rendered { files.append(try result.get()) }
        files.append(SiteFile(path: "assets/search-index.js", text: try index.searchScript()))
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
