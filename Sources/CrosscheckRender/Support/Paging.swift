/// A long list cut into pages of a fixed size, so that no page of a large corpus is too big to open:
/// the first page is the folder's `index.html`, the others `page-2.html`, `page-3.html` and on.
struct Paging: Sendable {
    let count: Int
    let size: Int

    var pageCount: Int { max(1, (count + size - 1) / size) }

    func page(ofItem item: Int) -> Int { item / size }

    /// The items of a page, by their place in the list.
    func items(onPage page: Int) -> Range<Int> {
        min(count, page * size)..<min(count, (page + 1) * size)
    }

    static func file(_ page: Int) -> String { page == 0 ? "index.html" : "page-\(page + 1).html" }

    /// The page's place among the others, with links to each; `hasPager` is false for a list that fits one page.
    func context(page: Int, noun: String) -> Context {
        guard pageCount > 1 else { return ["hasPager": false] }
        let range = items(onPage: page)
        let pages = (0..<pageCount).map { p -> Context in
            var item: Context = ["number": p + 1, "file": Self.file(p)]
            if p == page { item["current"] = true }
            return item
        }
        let shown = "\(Format.thousands(range.lowerBound + 1))–\(Format.thousands(range.upperBound))"
        var context: Context = [
            "hasPager": true, "pagerLabel": "Pages of the \(noun.lowercased()) table", "pages": pages,
            "pageNumber": page + 1, "pageCount": pageCount, "pageRange": "\(noun) \(shown) of \(Format.thousands(count))",
        ]
        if page > 0 { context["previousPage"] = Self.file(page - 1) }
        if page + 1 < pageCount { context["nextPage"] = Self.file(page + 1) }
        return context
    }
}
