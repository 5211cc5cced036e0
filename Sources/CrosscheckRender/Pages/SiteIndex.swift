import Foundation
import CrosscheckModel
import CrosscheckText

/// Lookups over a report, built once so every page is rendered in time linear in its content.
struct SiteIndex: Sendable {
    let report: Report
    /// Source id → how lists name it (`outlet(of:)`), for every source (each has a page): links ask
    /// for it thousands of times, and a lookup here copies no source.
    private let outlets: [String: String]
    let people: [String: Person]
    let quotes: [String: Quote]
    let clusters: [String: QuoteCluster]
    let quotesBySource: [String: [Quote]]
    let quotesByPerson: [String: [Quote]]
    let claimsByPerson: [String: [Claim]]
    let claimsBySource: [String: [Claim]]
    /// For each source, alongside `claimsBySource`: the first value the source gives each claim.
    /// A claim many sources state would otherwise be scanned once per source.
    let claimValuesBySource: [String: [String?]]
    /// Paragraph indexes each source has, so no link points at a paragraph that is not there.
    let paragraphs: [String: Set<Int>]
    /// Each source id's first place in the report, to put lists in report order without a scan.
    let sourceOrder: [String: Int]
    /// Every place of each source id in the report (an id given twice is listed twice).
    let sourcePlaces: [String: [Int]]
    /// People ordered by how much they are quoted, then by name.
    let peopleByQuotes: [Person]
    /// Claims ordered contested, corroborated, single-source; then by how many sources back them.
    let orderedClaims: [Claim]
    /// Claims of each status, counted once for the table's every page.
    let claimStatusCounts: [Claim.Status: Int]
    /// The claims table cut into pages, in that order.
    let claimPaging: Paging
    /// Claim id → its page of the claims table.
    let claimPages: [String: Int]
    /// Rows on a page of the people, claims and sources tables.
    static let rowsPerPage = 500

    /// A table of the site with `rows` rows, cut into pages of `rowsPerPage`.
    static func paging(rows: Int) -> Paging { Paging(count: rows, size: rowsPerPage) }
    /// Links a row lists (sentences, outlets) before it points to the page that has them all.
    static let listedPerRow = 20

    init(_ report: Report) {
        self.report = report
        outlets = Dictionary(report.sources.map { ($0.id, Self.outlet(of: $0)) }, uniquingKeysWith: { first, _ in first })
        people = Dictionary(report.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        quotes = Dictionary(report.quotes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        clusters = Dictionary(report.clusters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        quotesBySource = Dictionary(grouping: report.quotes, by: \.sourceID)
        quotesByPerson = Dictionary(grouping: report.quotes.filter { $0.personID != nil }, by: { $0.personID! })
        var byPerson: [String: [Claim]] = [:]
        var bySource: [String: [Claim]] = [:]
        var valuesBySource: [String: [String?]] = [:]
        for claim in report.claims {
            for person in Set(claim.personIDs) { byPerson[person, default: []].append(claim) }
            var firstValue: [String: String] = [:]
            for assertion in claim.assertions where firstValue[assertion.sourceID] == nil {
                if let value = assertion.value { firstValue[assertion.sourceID] = value }
            }
            for source in Set(claim.assertions.map(\.sourceID)) {
                bySource[source, default: []].append(claim)
                valuesBySource[source, default: []].append(firstValue[source])
            }
        }
        claimsByPerson = byPerson
        claimsBySource = bySource
        claimValuesBySource = valuesBySource
        paragraphs = Dictionary(
            report.sources.map { ($0.id, Set($0.document.paragraphs.map(\.index))) },
            uniquingKeysWith: { first, _ in first })
        var places: [String: [Int]] = [:]
        for (offset, source) in report.sources.enumerated() { places[source.id, default: []].append(offset) }
        sourcePlaces = places
        sourceOrder = places.mapValues { $0[0] }
        let byQuotes = quotesByPerson
        peopleByQuotes = report.people.sorted { a, b in
            let qa = byQuotes[a.id]?.count ?? 0, qb = byQuotes[b.id]?.count ?? 0
            if qa != qb { return qa > qb }
            if a.name != b.name { return a.name < b.name }
            return a.id < b.id
        }
        // Each claim's count of sources once, not at every comparison.
        let ranked = report.claims.map { claim in
            (claim: claim, rank: Self.statusRank(claim.status), sources: Set(claim.assertions.map(\.sourceID)).count)
        }
        orderedClaims = ranked.sorted { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            if a.sources != b.sources { return a.sources > b.sources }
            return a.claim.id < b.claim.id
        }.map(\.claim)
        claimStatusCounts = ranked.reduce(into: [:]) { $0[$1.claim.status, default: 0] += 1 }
        let paging = Self.paging(rows: orderedClaims.count)
        claimPaging = paging
        claimPages = Dictionary(
            orderedClaims.enumerated().map { ($1.id, paging.page(ofItem: $0)) }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: Names and files

    func outlet(_ sourceID: String) -> String {
        outlets[sourceID] ?? sourceID
    }

    /// Whether the source has a page to link to.
    func hasPage(_ sourceID: String) -> Bool { outlets[sourceID] != nil }

    /// How a source is named in lists: its outlet, or else a short form of its title.
    static func outlet(of source: Report.Source) -> String {
        let outlet = source.metadata.outlet?.value.trimmed ?? ""
        if !outlet.isEmpty { return outlet }
        let title = source.metadata.title?.value.trimmed ?? ""
        return title.isEmpty ? source.id : Format.excerpt(title, limit: 40)
    }

    static func hasOutlet(_ source: Report.Source) -> Bool {
        !(source.metadata.outlet?.value.trimmed ?? "").isEmpty
    }

    static func file(_ id: String) -> String { HTML.safeID(id) + ".html" }

    static func claimAnchor(_ claim: Claim) -> String { "claim-" + HTML.safeID(claim.id) }

    /// The claim's row in the claims table, from inside the `claims/` folder: its page and anchor.
    func claimLink(_ claim: Claim) -> String {
        Paging.file(claimPages[claim.id] ?? 0) + "#" + Self.claimAnchor(claim)
    }

    static func paragraphAnchor(_ index: Int) -> String { "p-\(index)" }

    func hasParagraph(_ sourceID: String, _ index: Int) -> Bool {
        paragraphs[sourceID]?.contains(index) ?? false
    }

    /// A quote can be linked when its source page exists.
    func linkable(_ quote: Quote) -> Bool { hasPage(quote.sourceID) }

    /// Sources that quote a person, in report order.
    func sourcesQuoting(_ personID: String) -> [String] {
        let ids = Set((quotesByPerson[personID] ?? []).map(\.sourceID))
        return ids.flatMap { sourcePlaces[$0] ?? [] }.sorted().map { report.sources[$0].id }
    }

    static func statusRank(_ status: Claim.Status) -> Int {
        switch status {
        case .contested: 0
        case .corroborated: 1
        case .singleSource: 2
        }
    }

    static func statusLabel(_ status: Claim.Status) -> String {
        switch status {
        case .contested: "Contested"
        case .corroborated: "Corroborated"
        case .singleSource: "Single source"
        }
    }

    /// The role most sources give, for one-line listings.
    static func mainRole(_ person: Person) -> String? {
        person.roles.max { a, b in
            a.sourceIDs.count != b.sourceIDs.count ? a.sourceIDs.count < b.sourceIDs.count : a.title > b.title
        }?.title
    }
}

extension String {
    var trimmed: String { trimmingWhitespace() }
}
