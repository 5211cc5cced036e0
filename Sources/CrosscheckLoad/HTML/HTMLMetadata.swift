import CrosscheckModel
import Foundation

/// What a page states about its article: the `meta` tags social sites read (`og:`, `article:`), the
/// schema.org description in JSON-LD that search engines read, the canonical link, and the story's own
/// `h1` and `time`. All of it is given by the page, none inferred.
enum HTMLMetadata {
    struct Found {
        var metadata: Metadata
        /// The schema.org `articleBody`: the whole text, on pages that draw their story with scripts.
        var articleBody: String?
        /// The story's `h1`, or the one set above the story's element.
        var headline: String?
    }

    static func read(_ document: HTMLDocument, story: Int?) -> Found {
        var meta: [String: String] = [:]
        var canonical: String?
        var jsonLD: [[String: Any]] = []
        for (index, event) in document.events.enumerated() {
            guard case .start(let tag) = event else { continue }
            if tag.name == "meta", let content = tag.attributes["content"]?.trimmingCharacters(in: .whitespacesAndNewlines), !content.isEmpty,
               let key = tag.attributes["property"] ?? tag.attributes["name"] ?? tag.attributes["itemprop"] {
                if meta[key.lowercased()] == nil { meta[key.lowercased()] = content }
            } else if tag.name == "link", tag.attributes["rel"]?.lowercased() == "canonical", canonical == nil {
                canonical = tag.attributes["href"]
            } else if tag.name == "script", tag.attributes["type"]?.lowercased() == "application/ld+json" {
                jsonLD += articles(inJSON: document.text(of: index))
            }
        }
        let described = jsonLD.first ?? [:]
        func field(_ values: [String?]) -> Metadata.Field? {
            values.lazy.compactMap { $0.map(HTMLDocument.collapse) }.first { !$0.isEmpty }.map { Metadata.Field($0, inferred: false) }
        }
        let storyHeading = story.flatMap { heading(document, within: document.content(of: $0)) }
        let pageHeading = heading(document, within: document.events.indices)
        let site = meta["og:site_name"]
        let pageTitle = document.elements("title").first.map { document.text(of: $0) }
        let stripped = { (title: String?) in title.map { withoutSiteName($0, site) } }
        let social = [meta["og:title"], described["headline"] as? String, meta["twitter:title"]].map(stripped)
        var metadata = Metadata()
        metadata.title = field([storyHeading] + social + [pageHeading, stripped(pageTitle)])
        metadata.outlet = field([site.map(siteName), name(described["publisher"]), meta["application-name"]])
        metadata.url = field([absolute(canonical), absolute(meta["og:url"]), absolute(described["url"] as? String)])
        metadata.author = field([meta["author"].flatMap(notAddress), meta["article:author"].flatMap(notAddress),
                                 name(described["author"]), meta["parsely-author"], meta["byl"], byline(document)])
        let time = story.flatMap { range in
            document.content(of: range).lazy.compactMap { document.tag(at: $0) }.first { $0.name == "time" }?.attributes["datetime"]
        }
        let dates = [meta["article:published_time"], described["datePublished"] as? String, meta["date"], meta["pubdate"],
                     meta["dc.date"], meta["dc.date.issued"], meta["parsely-pub-date"], meta["sailthru.date"], time]
        if let date = dates.lazy.compactMap({ $0.flatMap(DateParsing.isoDate(in:)) }).first {
            metadata.date = Metadata.Field(date, inferred: false)
        }
        if let author = metadata.author?.value {
            for prefix in ["by ", "by: "] where author.lowercased().hasPrefix(prefix) {
                metadata.author?.value = String(author.dropFirst(prefix.count))
            }
        }
        let headline = storyHeading ?? story.flatMap { heading(document, within: 0..<$0) }
        return Found(metadata: metadata, articleBody: described["articleBody"] as? String, headline: headline)
    }

    /// The text of the first element classed as a byline or marked as the author, if it is short enough to be one.
    private static func byline(_ document: HTMLDocument) -> String? {
        for index in document.events.indices {
            guard let tag = document.tag(at: index), tag.name != "meta", tag.name != "link" else { continue }
            let words = ((tag.attributes["class"] ?? "") + " " + (tag.attributes["id"] ?? "")).lowercased().split(whereSeparator: { !$0.isLetter })
            guard words.contains("byline") || tag.attributes["itemprop"]?.lowercased() == "author" || tag.attributes["rel"]?.lowercased() == "author"
            else { continue }
            let text = document.text(of: index)
            if (3...80).contains(text.count) { return text }
        }
        return nil
    }

    /// The first `h1` with text.
    private static func heading(_ document: HTMLDocument, within range: Range<Int>) -> String? {
        range.lazy.filter { document.tag(at: $0)?.name == "h1" }.map { document.text(of: $0) }.first { !$0.isEmpty }
    }

    /// "Esper denies withdrawal | The Daily Record" → "Esper denies withdrawal": a bar sets off the site's name,
    /// a dash only when it is the name the page gives.
    static func withoutSiteName(_ title: String, _ site: String?) -> String {
        for separator in [" | ", " - ", " \u{2013} ", " \u{2014} "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let suffix = title[range.upperBound...]
            if separator == " | " || site.map({ suffix.caseInsensitiveCompare($0) == .orderedSame }) == true {
                return String(title[..<range.lowerBound])
            }
        }
        return title
    }

    /// `{"@type": "NewsArticle", …}`, alone, in a list, or in an `@graph`.
    private static func articles(inJSON text: String) -> [[String: Any]] {
        guard let data = text.data(using: .utf8), let object = try? JSONSerialization.jsonObject(with: data) else { return [] }
        var found: [[String: Any]] = []
        var pending: [Any] = [object]
        while let next = pending.popLast(), found.count < 8 {
            if let list = next as? [Any] {
                pending += list.reversed()
            } else if let dictionary = next as? [String: Any] {
                let types = (dictionary["@type"] as? [String]) ?? [(dictionary["@type"] as? String) ?? ""]
                if types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" }) { found.append(dictionary) }
                if let graph = dictionary["@graph"] as? [Any] { pending += graph.reversed() }
            }
        }
        return found
    }

    /// A schema.org person or organisation, or a list of them, by name.
    private static func name(_ value: Any?) -> String? {
        if let text = value as? String { return notAddress(text) }
        if let dictionary = value as? [String: Any] { return dictionary["name"] as? String }
        if let list = value as? [Any] {
            let names = list.compactMap { name($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }

    /// Some pages give their address as their name: "http://www.tmz.com" → "tmz.com".
    private static func siteName(_ text: String) -> String {
        guard notAddress(text) == nil, let host = URL(string: text)?.host else { return text }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    private static func notAddress(_ text: String) -> String? {
        text.hasPrefix("http://") || text.hasPrefix("https://") ? nil : text
    }

    private static func absolute(_ url: String?) -> String? {
        guard let url, url.hasPrefix("http://") || url.hasPrefix("https://") else { return nil }
        return url
    }
}
