import CrosscheckModel
import Foundation

/// Turns a report into the files of the site: HTML pages, assets and data exports.
public struct SiteRenderer: Sendable {
    public struct Options: Sendable {
        /// Absolute URL where the site will be published; enables sitemap.xml and the Atom feed.
        public var baseURL: String?
        /// A folder of templates that overrides the built-in ones.
        public var templates: URL?

        public init(baseURL: String? = nil, templates: URL? = nil) {
            self.baseURL = baseURL
            self.templates = templates
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func render(_ report: Report) throws -> [SiteFile] {
        []
    }
}
