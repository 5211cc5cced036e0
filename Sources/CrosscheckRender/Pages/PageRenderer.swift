import CrosscheckModel

/// Renders one page: its own template into the shared layout, with navigation and breadcrumbs.
struct PageRenderer: Sendable {
    let templates: TemplateSet
    let index: SiteIndex
    /// Data files of the site, linked from every page's footer.
    let exports: [String]
    /// Whether the site has an Atom feed (only with a known public address).
    let hasFeed: Bool
    /// The methodology page's detailed sections, as HTML; empty for none.
    let methodology: String
    /// The footer's links to the data files, the same on every page.
    private let dataFiles: [(path: String, name: String)]

    init(templates: TemplateSet, index: SiteIndex, exports: [String], hasFeed: Bool, methodology: String = "") {
        self.templates = templates
        self.index = index
        self.exports = exports
        self.hasFeed = hasFeed
        self.methodology = methodology
        dataFiles = exports.filter { $0.hasSuffix(".json") || $0.hasSuffix(".csv") }.map { path in
            (path, path.split(separator: "/").last.map(String.init) ?? path)
        }
    }

    static let navigation: [(label: String, path: String)] = [
        ("Overview", "index.html"), ("People", "people/index.html"), ("Claims", "claims/index.html"),
        ("Sources", "sources/index.html"), ("Search", "search.html"),
    ]

    /// Each navigation entry's top folder (or the page itself), which marks the section a page is in.
    static let navigationSections = navigation.map { $0.path.split(separator: "/").first.map(String.init) ?? $0.path }

    /// A page's own content, before it goes into the layout.
    struct Body: Sendable {
        let path: String
        let title: String
        let template: String
        let content: RenderedHTML
        let crumbs: [(label: String, link: String?)]
    }

    func page(
        _ path: String, title: String, template: String, context: Context, crumbs: [(label: String, link: String?)]
    ) throws -> Body {
        var pageContext = context
        pageContext["story"] = pageContext["story"] ?? index.report.story.title
        let content = RenderedHTML(bytes: try templates.bytes(pageContext, template: template))
        return Body(path: path, title: title, template: template, content: content, crumbs: crumbs)
    }

    /// The page in the shared layout, with navigation, breadcrumbs and the data files.
    func layout(_ body: Body) throws -> SiteFile {
        let (path, title, template, content, crumbs) = (body.path, body.title, body.template, body.content, body.crumbs)
        // Split as bytes: splitting a String walks its characters, for every page.
        let folders = path.utf8.split(separator: UInt8(ascii: "/"))
        let root = String(repeating: "../", count: folders.count - 1)
        let section = folders.first.map { String(decoding: $0, as: UTF8.self) } ?? path
        let nav = zip(Self.navigation, Self.navigationSections).map { item, itemSection -> Context in
            var entry: Context = ["label": item.label, "href": item.path]
            if item.path == path { entry["current"] = "page" } else if itemSection == section { entry["current"] = "true" }
            return entry
        }
        var crumbList: [Context] = crumbs.isEmpty ? [] : [["label": "Overview", "link": "index.html"]]
        for crumb in crumbs {
            var item: Context = ["label": crumb.label]
            if let link = crumb.link { item["link"] = link }
            crumbList.append(item)
        }
        let data = dataFiles.map { file -> Context in ["path": file.path, "name": file.name] }.withLast
        let layout: Context = [
            "title": title, "story": index.report.story.title, "root": root, "content": content,
            "nav": nav, "crumbs": crumbList, "hasCrumbs": !crumbList.isEmpty,
            "searchPage": template == "search", "sourceCount": index.report.sources.count,
            "data": data, "hasData": !data.isEmpty, "hasFeed": hasFeed,
        ]
        return SiteFile(path: path, contents: try templates.bytes(layout, template: "layout"))
    }
}
