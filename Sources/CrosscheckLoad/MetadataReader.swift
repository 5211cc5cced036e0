import CrosscheckModel
import CrosscheckText
import Foundation

/// Splits the metadata a file states about itself (YAML front matter or leading `Key: value` lines) from its body.
enum MetadataReader {
    struct Split {
        var metadata: Metadata
        var body: String
        var warnings: [String]
    }

    static func read(_ text: String) -> Split {
        if let (yaml, rest) = FrontMatter.split(text) {
            switch FrontMatter.fields(yaml) {
            case .success(let fields):
                return Split(metadata: metadata(from: fields), body: rest, warnings: [])
            case .failure(let failure):
                let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let fields = keyValueLines(lines, skippingOthers: true).fields
                return Split(metadata: metadata(from: fields), body: rest, warnings: [failure.message])
            }
        }
        // Metadata lines sit at the top: split off only the first few lines, the rest stays one piece.
        let lines = text.lines(maxSplits: 40).map(String.init)
        let (fields, consumed) = keyValueLines(Array(lines.prefix(40)))
        guard !fields.isEmpty else { return Split(metadata: Metadata(), body: text, warnings: []) }
        return Split(metadata: metadata(from: fields), body: lines[consumed...].joined(separator: "\n"), warnings: [])
    }

    /// Names a file may use for each field, lowercased.
    private static let aliases: [String: String] = [
        "title": "title", "headline": "title",
        "outlet": "outlet", "publication": "outlet", "publisher": "outlet", "site": "outlet",
        "date": "date", "published": "date",
        "url": "url", "link": "url",
        "author": "author", "byline": "author", "by": "author",
    ]

    /// Leading `Key: value` lines with known keys, blank lines before them allowed; stops at the first other line
    /// unless `skippingOthers`.
    private static func keyValueLines(_ lines: [String], skippingOthers: Bool = false) -> (fields: [String: String], consumed: Int) {
        var fields: [String: String] = [:]
        var consumed = 0
        for line in lines {
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty {
                consumed += 1
                continue
            }
            guard let colon = trimmed.firstIndex(of: ":"),
                  let field = aliases[trimmed[..<colon].trimmingSpaces().lowercased()]
            else {
                if skippingOthers { continue }
                break
            }
            let value = trimmed[trimmed.index(after: colon)...].trimmingSpaces()
            if !value.isEmpty, fields[field] == nil { fields[field] = value }
            consumed += 1
        }
        return fields.isEmpty ? ([:], 0) : (fields, consumed)
    }

    private static func metadata(from fields: [String: String]) -> Metadata {
        var byField: [String: String] = [:]
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            if let field = aliases[key], byField[field] == nil, !value.isEmpty { byField[field] = value }
        }
        func given(_ name: String) -> Metadata.Field? {
            byField[name].map { Metadata.Field($0, inferred: false) }
        }
        var metadata = Metadata(title: given("title"), outlet: given("outlet"), url: given("url"), author: given("author"))
        if let date = byField["date"] {
            metadata.date = Metadata.Field(DateParsing.isoDate(in: date) ?? date, inferred: false)
        }
        return metadata
    }
}
