import CrosscheckModel

/// The article of a saved news page: its metadata from the page's head, and its text from the element
/// that holds the story, one paragraph a line, as scraped text has it. Navigation, asides, figures,
/// scripts, hidden parts and page furniture are not article text.
enum HTMLArticle {
    struct Page {
        var metadata: Metadata
        var body: String
    }

    static func read(_ html: String) -> Page {
        let document = HTMLDocument(html)
        let text = ParagraphText(document)
        let scope = storyElement(document, text)
        let range = scope.map(document.content(of:)) ?? document.events.indices
        var paragraphs = paragraphs(document, range, text)
        let found = HTMLMetadata.read(document, story: scope)
        if let body = found.articleBody, paragraphs.reduce(0, { $0 + $1.utf8.count }) * 2 < body.utf8.count {
            paragraphs = body.split(whereSeparator: \.isNewline).map { HTMLDocument.collapse(String($0)) }.filter { !$0.isEmpty }
        }
        // Many pages set the headline above the story's element; a page's articleBody leaves it out.
        if let headline = found.headline, !paragraphs.contains(headline) {
            paragraphs.insert(headline, at: 0)
        }
        return Page(metadata: found.metadata, body: paragraphs.joined(separator: "\n"))
    }

    /// Blocks break paragraphs; everything else is inline.
    static let blocks: Set<String> = HTMLDocument.closesParagraph.union([
        "br", "dd", "dt", "figcaption", "td", "th", "tr", "caption", "details", "summary", "center",
    ])
    static let skipped: Set<String> = [
        "aside", "audio", "button", "canvas", "dialog", "figure", "footer", "head", "iframe", "math", "nav", "noscript",
        "object", "picture", "script", "select", "style", "svg", "template", "title", "video",
    ]
    /// Class or id words of the page parts around a story that are not the story.
    static let furniture: Set<String> = [
        "ad", "ads", "advert", "advertisement", "banner", "breadcrumb", "breadcrumbs", "comments", "cookie", "cookies",
        "newsletter", "promo", "related", "share", "sharing", "sidebar", "social", "subscribe", "subscription",
        // A pull quote repeats a sentence of the story in large type: read, it would be a repeat.
        "pullquote",
    ]

    /// A form, or an element classed as furniture, is skipped only when it holds less than half the story's
    /// paragraph text: some sites wrap the whole page in a form, or give the story's wrapper a class like `has-ads`.
    static func isSkipped(_ index: Int, _ document: HTMLDocument, _ text: ParagraphText, within scope: Range<Int>) -> Bool {
        guard let tag = document.tag(at: index) else { return false }
        if skipped.contains(tag.name) || tag.attributes["hidden"] != nil || tag.attributes["aria-hidden"] == "true" { return true }
        let words = ((tag.attributes["class"] ?? "") + " " + (tag.attributes["id"] ?? "")).lowercased()
            .split(whereSeparator: { !$0.isLetter })
        // "pull-quote" is furniture; "pull-right" (a layout class) is not.
        let pullQuote = words.contains("pull") && words.contains("quote")
        guard tag.name == "form" || pullQuote || words.contains(where: { furniture.contains(String($0)) }) else { return false }
        return text.length(in: document.content(of: index)) * 2 < text.length(in: scope)
    }

    /// The element a page marks as its article's body (schema.org `articleBody`), else of its `article`
    /// elements the one with the most paragraph text (others are often teasers), else, within `main` if
    /// there is one, the element whose paragraphs, and its children's, hold the most text; nil for the whole page.
    static func storyElement(_ document: HTMLDocument, _ text: ParagraphText) -> Int? {
        // Some sites set a story's paragraphs in `div`s: with no `p` text, any text that is shown counts.
        func mostText(_ candidates: [Int]) -> Int? {
            candidates.map { element in
                let range = document.content(of: element)
                return (text.length(in: range), text.shownLength(in: range), -element)
            }.filter { $0.1 > 0 }.max { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map { -$0.2 }
        }
        func marked(_ attribute: String, _ value: String) -> [Int] {
            document.events.indices.filter { document.tag(at: $0)?.attributes[attribute]?.lowercased() == value }
        }
        if let body = mostText(marked("itemprop", "articlebody") + marked("property", "articlebody")) { return body }
        if let article = mostText(document.elements("article")) { return article }
        let area = mostText(document.elements("main") + marked("role", "main"))
        let range = area.map(document.content(of:)) ?? document.events.indices
        // The area itself (-1) is a candidate too: its paragraphs may have no element around them.
        var scores: [Int: Int] = [:]
        for p in document.elements("p") where range.contains(p) && !inSkippedElement(p, document) {
            let length = text.length(in: document.content(of: p))
            let parent = document.parents[p].flatMap { range.contains($0) ? $0 : nil } ?? -1
            scores[parent, default: 0] += 2 * length
            scores[parent == -1 ? -1 : document.parents[parent].flatMap { range.contains($0) ? $0 : nil } ?? -1, default: 0] += length
        }
        guard var best = scores.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key, best != -1 else { return area }
        // A story split by a "read more" box or a standfirst's wrapper: an element up to three levels
        // around it that holds paragraphs of its own is the story.
        var ancestor = best
        for _ in 0..<3 {
            guard let parent = document.parents[ancestor], range.contains(parent) else { break }
            ancestor = parent
            if longParagraphs(of: ancestor, document, text) >= 2 { best = ancestor }
        }
        return best
    }

    /// The element's own `p` children of a sentence or more.
    private static func longParagraphs(of element: Int, _ document: HTMLDocument, _ text: ParagraphText) -> Int {
        var count = 0
        var i = document.content(of: element).lowerBound
        while i < document.content(of: element).upperBound {
            if let tag = document.tag(at: i) {
                if tag.name == "p", text.length(in: document.content(of: i)) >= 80 { count += 1 }
                i = max(i, document.ends[i] ?? i)
            }
            i += 1
        }
        return count
    }

    /// Navigation, asides and the like are no story, however many paragraphs they hold; looks a few levels up only.
    private static func inSkippedElement(_ index: Int, _ document: HTMLDocument) -> Bool {
        var ancestor = document.parents[index]
        for _ in 0..<32 {
            guard let current = ancestor, let tag = document.tag(at: current) else { return false }
            if skipped.contains(tag.name) { return true }
            ancestor = document.parents[current]
        }
        return false
    }

    private static func paragraphs(_ document: HTMLDocument, _ range: Range<Int>, _ text: ParagraphText) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        func flush() {
            let text = HTMLDocument.collapse(current)
            if !text.isEmpty { paragraphs.append(text) }
            current = ""
        }
        var i = range.lowerBound
        while i < range.upperBound {
            switch document.events[i] {
            case .start(let tag):
                if isSkipped(i, document, text, within: range) {
                    flush()
                    i = max(i, document.ends[i] ?? i)
                } else if blocks.contains(tag.name) {
                    flush()
                }
            case .end(let name):
                if blocks.contains(name) { flush() }
            case .text(let piece):
                current += piece
            }
            i += 1
        }
        flush()
        return paragraphs
    }
}
