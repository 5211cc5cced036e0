import CrosscheckModel
import Foundation

/// The data files of the site: report.json and the CSV tables, under `data/`.
enum Exports {
    /// The files' paths, known before the report is encoded: every page links to them.
    static let paths = ["data/report.json", "data/quotes.csv", "data/claims.csv", "data/sources.csv"]

    static func files(for report: Report) throws -> [SiteFile] {
        [
            SiteFile(path: paths[0], contents: try ReportJSON.encode(report)),
            SiteFile(path: paths[1], contents: CSVTables.quotes(report)),
            SiteFile(path: paths[2], contents: CSVTables.claims(report)),
            SiteFile(path: paths[3], contents: CSVTables.sources(report)),
        ]
    }
}
