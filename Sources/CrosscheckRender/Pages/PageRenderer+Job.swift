import CrosscheckModel

extension PageRenderer {
    /// One page of the site, named by what it shows; people and sources by their place in the report.
    enum Job: Sendable {
        case home, peopleIndex(page: Int), person(Int), claims(page: Int), claim(Int), sourcesIndex(page: Int), source(Int), methodology, search
    }

    func body(_ job: Job) throws -> Body {
        let report = index.report
        switch job {
        case .home:
            return try page("index.html", title: "Overview", template: "index", context: index.homeContext(), crumbs: [])
        case .peopleIndex(let number):
            return try page(
                "people/" + Paging.file(number), title: Self.pageTitle("People", number, of: report.people.count),
                template: "people-index", context: index.peopleIndexContext(page: number), crumbs: Self.crumbs("People", "people", number))
        case .person(let offset):
            let person = report.people[offset]
            return try page(
                "people/" + SiteIndex.file(person.id), title: person.name, template: "person",
                context: index.personContext(person), crumbs: [("People", "people/index.html"), (person.name, nil)])
        case .claims(let number):
            return try page(
                "claims/" + Paging.file(number), title: Self.pageTitle("Claims", number, of: report.claims.count),
                template: "claims-index", context: index.claimsContext(page: number), crumbs: Self.crumbs("Claims", "claims", number))
        case .claim(let offset):
            let claim = report.claims[offset]
            return try page(
                "claims/" + SiteIndex.claimFile(claim), title: claim.statement, template: "claim",
                context: index.claimPageContext(claim),
                crumbs: [("Claims", "claims/" + index.claimLink(claim)), (Format.excerpt(claim.statement, limit: 60), nil)])
        case .sourcesIndex(let number):
            return try page(
                "sources/" + Paging.file(number), title: Self.pageTitle("Sources", number, of: report.sources.count),
                template: "sources-index", context: index.sourcesIndexContext(page: number), crumbs: Self.crumbs("Sources", "sources", number))
        case .source(let offset):
            let source = report.sources[offset]
            let name = source.metadata.title?.value.trimmed ?? SiteIndex.outlet(of: source)
            return try page(
                "sources/" + SiteIndex.file(source.id), title: name, template: "source",
                context: index.sourceContext(source), crumbs: [("Sources", "sources/index.html"), (name, nil)])
        case .methodology:
            return try page(
                "methodology.html", title: "How the analysis works", template: "methodology",
                context: methodology.isEmpty ? [:] : ["hasDetails": true, "details": methodology],
                crumbs: [("Methodology", nil)])
        case .search:
            return try page("search.html", title: "Search", template: "search", context: [:], crumbs: [("Search", nil)])
        }
    }

    /// "Claims", or "Claims, page 2 of 29" for a table cut into pages.
    private static func pageTitle(_ name: String, _ number: Int, of rows: Int) -> String {
        let pages = SiteIndex.paging(rows: rows).pageCount
        return pages > 1 ? "\(name), page \(number + 1) of \(pages)" : name
    }

    private static func crumbs(_ name: String, _ folder: String, _ number: Int) -> [(label: String, link: String?)] {
        number == 0 ? [(name, nil)] : [(name, folder + "/index.html"), ("Page \(number + 1)", nil)]
    }
}
