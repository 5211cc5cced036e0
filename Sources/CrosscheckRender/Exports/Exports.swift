import CrosscheckModel
import Foundation

/// The data files of the site: report.json and the CSV tables, under `data/`.
enum Exports {
    static func files(for report: Report) throws -> [SiteFile] {
        [
            SiteFile(path: "data/report.json", contents: try ReportJSON.encode(report)),
            SiteFile(path: "data/quotes.csv", text: CSVTables.quotes(report)),
            SiteFile(path: "data/claims.csv", text: CSVTables.claims(report)),
            SiteFile(path: "data/sources.csv", text: CSVTables.sources(report)),
        ]
    }
}
