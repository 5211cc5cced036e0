/// One input file, read and decoded, with its metadata split off.
public struct Article: Sendable, Hashable, Codable {
    /// Stable id derived from the file path; used in URLs and report.json.
    public var id: String
    /// Path of the input file relative to the corpus folder, with `/` separators.
    public var file: String
    public var format: Format
    public var metadata: Metadata
    /// The text after front matter or leading `Key: value` lines were taken off.
    public var body: String

    public enum Format: String, Sendable, Hashable, Codable {
        case text, markdown, html

        /// `txt` is text, `html`, `htm` and `xhtml` are HTML, anything else Markdown.
        public init(extension: String) {
            switch `extension`.lowercased() {
            case "txt": self = .text
            case "html", "htm", "xhtml": self = .html
            default: self = .markdown
            }
        }
    }

    public init(id: String, file: String, format: Format, metadata: Metadata, body: String) {
        self.id = id
        self.file = file
        self.format = format
        self.metadata = metadata
        self.body = body
    }
}
