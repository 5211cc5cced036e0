import CrosscheckModel

extension PageRenderer {
    /// One page of the site, named by what it shows; people and sources by their place in the report.
    enum Job: Sendable {
        case home, peopleIndex, person(Int), claims, sourcesIndex, source(Int), methodology, search
    }

    func body(_ job: Job) throws -> Body {
        let report = index.report
        switch job {
        case .home:
            return try page("index.html", title: "Overview", template: "index", context: index.homeContext(), crumbs: [])
        case .peopleIndex:
            return try page(
                "people/index.html", title: "People", template: "people-index", context: index.peopleIndexContext(),
                crumbs: [("People", nil)])
        case .person(let offset):
            let person = report.people[offset]
            return try page(
                "people/" + SiteIndex.file(person.id), title: person.name, template: "person",
                context: index.personContext(person), crumbs: [("People", "people/index.html"), (person.name, nil)])
        case .claims:
            return try page(
                "claims/index.html", title: "Claims", template: "claims-index", context: index.claimsContext(),
                crumbs: [("Claims", nil)])
        case .sourcesIndex:
            return try page(
                "sources/index.html", title: "Sources", template: "sources-index", context: index.sourcesIndexContext(),
                crumbs: [("Sources", nil)])
        case .source(let offset):
            let source = report.sources[offset]
            let name = source.metadata.title?.value.trimmed ?? SiteIndex.outlet(of: source)
            return try page(
                "sources/" + SiteIndex.file(source.id), title: name, template: "source",
                context: index.sourceContext(source), crumbs: [("Sources", "sources/index.html"), (name, nil)])
        case .methodology:
            return try page(
                "methodology.html", title: "How the analysis works", template: "methodology", context: [:],
                crumbs: [("Methodology", nil)])
        case .search:
            return try page("search.html", title: "Search", template: "search", context: [:], crumbs: [("Search", nil)])
        }
    }
}
