/// A page's events with where each element ends, worked out as a browser would for the usual faults:
/// an end tag closes the elements left open inside it, one with no open element is ignored, a block
/// closes an open paragraph, a list item an open list item.
struct HTMLDocument {
    let events: [HTMLEvent]
    /// For each start event, the index of its end event, or of the event that closed it implicitly
    /// (`events.count` when the page ends first). Its content is the events between.
    let ends: [Int: Int]
    /// For each start event, the start event of the element it sits in, if any.
    let parents: [Int: Int]

    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    /// Elements whose start closes an open `p`.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
    ]

    init(_ html: String) {
        events = HTMLEvents.read(html)
        var ends: [Int: Int] = [:]
        var parents: [Int: Int] = [:]
        var open: [(name: String, index: Int)] = []
        var openCount: [String: Int] = [:]
        func close(until name: String, at index: Int) {
            while let top = open.popLast() {
                ends[top.index] = index
                openCount[top.name, default: 1] -= 1
                if top.name == name { return }
            }
        }
        for (index, event) in events.enumerated() {
            switch event {
            case .start(let tag):
                if let top = open.last?.name,
                   top == "p" && Self.closesParagraph.contains(tag.name) || top == "li" && tag.name == "li" {
                    close(until: top, at: index)
                }
                parents[index] = open.last?.index
                if Self.void.contains(tag.name) || tag.selfClosing && !HTMLEvents.rawText.contains(tag.name) {
                    ends[index] = index
                    continue
                }
                open.append((tag.name, index))
                openCount[tag.name, default: 0] += 1
            case .end(let name):
                if openCount[name, default: 0] > 0 { close(until: name, at: index) }
            case .text:
                break
            }
        }
        for element in open { ends[element.index] = events.count }
        self.ends = ends
        self.parents = parents
    }

    /// The start events of elements named `name`, in page order.
    func elements(_ name: String) -> [Int] {
        events.indices.filter { if case .start(let tag) = events[$0] { return tag.name == name } else { return false } }
    }

    func tag(at index: Int) -> HTMLTag? {
        if case .start(let tag) = events[index] { return tag }
        return nil
    }

    /// The events inside the element that starts at `index`.
    func content(of index: Int) -> Range<Int> {
        (index + 1)..<max(index + 1, ends[index] ?? events.count)
    }

    /// The element's text, spaces collapsed.
    func text(of index: Int) -> String {
        var text = ""
        for i in content(of: index) { if case .text(let piece) = events[i] { text += piece } }
        return HTMLDocument.collapse(text)
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" || $0 == "\u{0C}" })
            .joined(separator: " ")
    }
}
