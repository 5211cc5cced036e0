import CrosscheckModel

/// Renders one page: its own template into the shared layout, with navigation and breadcrumbs.
struct PageRenderer: Sendable {
    let templates: TemplateSet
    let index: SiteIndex
    /// Data files of the site, linked from every page's footer.
    let exports: [String]
    /// Whether the site has an Atom feed (only with a known public address).
    let hasFeed: Bool

    static let navigation: [(label: String, path: String)] = [
        ("Overview", "index.html"), ("People", "people/index.html"), ("Claims", "claims/index.html"),
        ("Sources", "sources/index.html"), ("Search", "search.html"),
    ]

    func page(
        _ path: String, title: String, template: String, context: Context, crumbs: [(label: String, link: String?)]
    ) throws -> SiteFile {
        let depth = path.split(separator: "/").count - 1
        let root = String(repeating: "../", count: depth)
        var pageContext = context
        pageContext["story"] = pageContext["story"] ?? index.report.story.title
        let content = try templates.render(pageContext, template: template)
        let section = path.split(separator: "/").first.map(String.init) ?? path
        let nav = Self.navigation.map { item -> Context in
            let itemSection = item.path.split(separator: "/").first.map(String.init) ?? item.path
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
        let data = exports.filter { $0.hasSuffix(".json") || $0.hasSuffix(".csv") }.map { path -> Context in
            ["path": path, "name": path.split(separator: "/").last.map(String.init) ?? path]
        }.withLast
        let layout: Context = [
            "title": title, "story": index.report.story.title, "root": root, "content": content,
            "nav": nav, "crumbs": crumbList, "hasCrumbs": !crumbList.isEmpty,
            "searchPage": template == "search", "sourceCount": index.report.sources.count,
            "data": data, "hasData": !data.isEmpty, "hasFeed": hasFeed,
        ]
        return SiteFile(path: path, text: try templates.render(layout, template: "layout"))
    }
}
