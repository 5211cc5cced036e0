import Foundation
import CrosscheckModel

/// Lookups over a report, built once so every page is rendered in time linear in its content.
struct SiteIndex {
    let report: Report
    let sources: [String: Report.Source]
    let people: [String: Person]
    let quotes: [String: Quote]
    let clusters: [String: QuoteCluster]
    let quotesBySource: [String: [Quote]]
    let quotesByPerson: [String: [Quote]]
    let claimsByPerson: [String: [Claim]]
    let claimsBySource: [String: [Claim]]
    /// Paragraph indexes each source has, so no link points at a paragraph that is not there.
    let paragraphs: [String: Set<Int>]

    init(_ report: Report) {
        self.report = report
        sources = Dictionary(report.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        people = Dictionary(report.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        quotes = Dictionary(report.quotes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        clusters = Dictionary(report.clusters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        quotesBySource = Dictionary(grouping: report.quotes, by: \.sourceID)
        quotesByPerson = Dictionary(grouping: report.quotes.filter { $0.personID != nil }, by: { $0.personID! })
        var byPerson: [String: [Claim]] = [:]
        var bySource: [String: [Claim]] = [:]
        for claim in report.claims {
            for person in Set(claim.personIDs) { byPerson[person, default: []].append(claim) }
            for source in Set(claim.assertions.map(\.sourceID)) { bySource[source, default: []].append(claim) }
        }
        claimsByPerson = byPerson
        claimsBySource = bySource
        paragraphs = Dictionary(
            report.sources.map { ($0.id, Set($0.document.paragraphs.map(\.index))) },
            uniquingKeysWith: { first, _ in first })
    }

    // MARK: Names and files

    func outlet(_ sourceID: String) -> String {
        guard let source = sources[sourceID] else { return sourceID }
        return Self.outlet(of: source)
    }

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

    static func paragraphAnchor(_ index: Int) -> String { "p-\(index)" }

    func hasParagraph(_ sourceID: String, _ index: Int) -> Bool {
        paragraphs[sourceID]?.contains(index) ?? false
    }

    /// A quote can be linked when its source page exists.
    func linkable(_ quote: Quote) -> Bool { sources[quote.sourceID] != nil }

    /// People ordered by how much they are quoted, then by name.
    var peopleByQuotes: [Person] {
        report.people.sorted { a, b in
            let qa = quotesByPerson[a.id]?.count ?? 0, qb = quotesByPerson[b.id]?.count ?? 0
            if qa != qb { return qa > qb }
            if a.name != b.name { return a.name < b.name }
            return a.id < b.id
        }
    }

    /// Sources that quote a person, in report order.
    func sourcesQuoting(_ personID: String) -> [String] {
        let ids = Set((quotesByPerson[personID] ?? []).map(\.sourceID))
        return report.sources.map(\.id).filter { ids.contains($0) }
    }

    /// Claims ordered contested, corroborated, single-source; then by how many sources back them.
    var orderedClaims: [Claim] {
        report.claims.sorted { a, b in
            let ra = Self.statusRank(a.status), rb = Self.statusRank(b.status)
            if ra != rb { return ra < rb }
            let sa = Set(a.assertions.map(\.sourceID)).count, sb = Set(b.assertions.map(\.sourceID)).count
            if sa != sb { return sa > sb }
            return a.id < b.id
        }
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
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
