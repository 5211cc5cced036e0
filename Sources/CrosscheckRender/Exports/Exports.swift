import CrosscheckModel

/// The data files of the site: report.json and the CSV tables.
enum Exports {
    /// Paths are relative to the site root, under `data/`.
    static func files(for report: Report) throws -> [SiteFile] {
        []
    }
}
