/// One file of the generated site: a path relative to the site's root and its bytes.
public struct SiteFile: Sendable, Hashable {
    /// Relative path with `/` separators, never absolute, never with `..`.
    public var path: String
    public var contents: [UInt8]

    /// The file that marks a folder as a site Crosscheck built.
    public static let siteMarker = ".crosscheck-site"

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}
