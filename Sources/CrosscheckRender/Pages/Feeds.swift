import CrosscheckModel

/// sitemap.xml and an Atom feed, written only when the site's public address is known
/// (both need absolute URLs). Dates come from the articles, never from the clock.
extension SiteIndex {
    func sitemap(base: String, pages: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            xml += "  <url><loc>\(HTML.escape(base + page))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    func atomFeed(base: String) -> String {
        let days = report.sources.compactMap { $0.metadata.date.flatMap { Self.isoDay($0.value) } }
        let updated = (days.max() ?? "1970-01-01") + "T00:00:00Z"
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "  <title>\(HTML.escape(report.story.title))</title>\n"
        xml += "  <id>\(HTML.escape(base))</id>\n"
        xml += "  <link href=\"\(HTML.escape(base))\"/>\n"
        xml += "  <link rel=\"self\" href=\"\(HTML.escape(base + "feed.xml"))\"/>\n"
        xml += "  <updated>\(updated)</updated>\n  <author><name>Crosscheck</name></author>\n"
        for source in report.sources {
            let url = base + "sources/" + Self.file(source.id)
            let day = source.metadata.date.flatMap { Self.isoDay($0.value) } ?? "1970-01-01"
            let title = source.metadata.title?.value.trimmed ?? Self.outlet(of: source)
            xml += "  <entry>\n"
            xml += "    <title>\(HTML.escape(title))</title>\n"
            xml += "    <id>\(HTML.escape(url))</id>\n"
            xml += "    <link href=\"\(HTML.escape(url))\"/>\n"
            xml += "    <updated>\(day)T00:00:00Z</updated>\n"
            let summary = "\(Self.outlet(of: source)). Reliability \(Format.whole(source.reliability.score))/100, "
                + "grade \(source.reliability.grade). \(source.reliability.summary)"
            xml += "    <summary>\(HTML.escape(summary.trimmed))</summary>\n"
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// The base URL with exactly one trailing slash; nil when it is not an http(s) address.
    static func normalizedBase(_ url: String?) -> String? {
        guard let url = url?.trimmed, url.hasPrefix("http://") || url.hasPrefix("https://") else { return nil }
        return url.hasSuffix("/") ? url : url + "/"
    }
}
