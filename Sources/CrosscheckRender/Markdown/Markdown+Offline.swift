extension Markdown {
    /// The site works offline and links only to itself, so links and images an article carries
    /// keep their words but lose their address: `<a href>` becomes a span, `<img>` its alt text.
    static func offline(_ html: String) -> String {
        guard html.contains("<a ") || html.contains("<img ") else { return html }
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            let tail = rest[open...]
            guard let close = tail.firstIndex(of: ">") else { out += tail; return out }
            let tag = tail[...close]
            if tag.hasPrefix("<a ") {
                out += "<span class=\"link\">"
            } else if tag == "</a>" {
                out += "</span>"
            } else if tag.hasPrefix("<img ") {
                let alt = attribute("alt", in: tag) ?? ""
                out += "<span class=\"image\">[image\(alt.isEmpty ? "" : ": " + alt)]</span>"
            } else {
                out += tag
            }
            rest = tail[tail.index(after: close)...]
        }
        out += rest
        return out
    }

    /// An attribute's value as cmark writes it (double quotes, already escaped).
    private static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let value = tag[start.upperBound...]
        guard let end = value.firstIndex(of: "\"") else { return nil }
        return String(value[..<end])
    }
}
