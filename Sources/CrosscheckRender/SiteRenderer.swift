import CrosscheckModel
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
        var files: [SiteFile] = []
        files.append(try pages.page("index.html", title: "Overview", template: "index", context: index.homeContext(), crumbs: []))
        files.append(
            try pages.page(
                "people/index.html", title: "People", template: "people-index", context: index.peopleIndexContext(),
                crumbs: [("People", nil)]))
        var taken = Set<String>()
        for person in report.people where taken.insert(SiteIndex.file(person.id)).inserted {
            files.append(
                try pages.page(
                    "people/" + SiteIndex.file(person.id), title: person.name, template: "person",
                    context: index.personContext(person), crumbs: [("People", "people/index.html"), (person.name, nil)]))
        }
        files.append(
            try pages.page(
                "claims/index.html", title: "Claims", template: "claims-index", context: index.claimsContext(),
                crumbs: [("Claims", nil)]))
        files.append(
            try pages.page(
                "sources/index.html", title: "Sources", template: "sources-index", context: index.sourcesIndexContext(),
                crumbs: [("Sources", nil)]))
        taken = []
        for source in report.sources where taken.insert(SiteIndex.file(source.id)).inserted {
            let name = source.metadata.title?.value.trimmed ?? SiteIndex.outlet(of: source)
            files.append(
                try pages.page(
                    "sources/" + SiteIndex.file(source.id), title: name, template: "source",
                    context: index.sourceContext(source), crumbs: [("Sources", "sources/index.html"), (name, nil)]))
        }
        files.append(
            try pages.page(
                "methodology.html", title: "How the analysis works", template: "methodology", context: [:],
                crumbs: [("Methodology", nil)]))
        files.append(
            try pages.page("search.html", title: "Search", template: "search", context: [:], crumbs: [("Search", nil)]))
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
}
