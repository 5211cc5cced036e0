import CrosscheckModel
import Foundation

/// Checks that a site stands on its own: every `href`/`src` of every page names a file of the
/// site by a relative path, and every `#fragment` names an id of the target page.
public enum LinkCheck {
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The page, relative to the site root.
        public var page: String
        /// The attribute value as written.
        public var reference: String
        public var message: String

        public init(page: String, reference: String, message: String) {
            self.page = page
            self.reference = reference
            self.message = message
        }

        public var description: String { "\(page): \(reference.isEmpty ? "" : reference + ": ")\(message)" }
    }

    public static func problems(in files: [SiteFile]) -> [Problem] {
        let paths = Set(files.map(\.path))
        var pages: [String: HTMLScan] = [:]
        for file in files where file.path.hasSuffix(".html") {
            pages[file.path] = HTMLScan(String(decoding: file.contents, as: UTF8.self))
        }
        var problems: [Problem] = []
        for page in pages.keys.sorted() {
            for reference in pages[page]!.references {
                if let message = check(reference, from: page, paths: paths, pages: pages) {
                    problems.append(Problem(page: page, reference: reference, message: message))
                }
            }
        }
        return problems
    }

    private static func check(_ reference: String, from page: String, paths: Set<String>, pages: [String: HTMLScan]) -> String? {
        let lower = reference.lowercased()
        if reference.isEmpty { return "empty link" }
        if lower.hasPrefix("data:") { return nil }
        if lower.hasPrefix("//") || lower.hasPrefix("http:") || lower.hasPrefix("https:") {
            return "network address; the site must work offline"
        }
        if reference.hasPrefix("/") || reference.hasPrefix("\\") { return "absolute path; links must be relative" }
        if let colon = reference.firstIndex(of: ":"),
            !reference[..<colon].contains(where: { "/?#".contains($0) })
        {
            return "\(reference[..<colon]): link is not a file of the site"
        }
        var target = reference
        var fragment: String?
        if let hash = target.firstIndex(of: "#") {
            fragment = String(target[target.index(after: hash)...])
            target = String(target[..<hash])
        }
        if let query = target.firstIndex(of: "?") { target = String(target[..<query]) }
        let resolved: String
        if target.isEmpty {
            resolved = page
        } else {
            guard let path = resolve(target.removingPercentEncoding ?? target, from: page) else {
                return "leads outside the site"
            }
            resolved = path
        }
        guard paths.contains(resolved) else {
            return target.hasSuffix("/") ? "points at a folder, which does not open from file://" : "no file \(resolved)"
        }
        if let fragment, !fragment.isEmpty, let scan = pages[resolved] {
            let id = fragment.removingPercentEncoding ?? fragment
            if !scan.ids.contains(id) { return "no id \"\(id)\" in \(resolved)" }
        }
        return nil
    }

    /// Joins a relative path to the folder of `page`; nil when `..` climbs above the root.
    static func resolve(_ relative: String, from page: String) -> String? {
        var parts = page.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "", ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        if relative.hasSuffix("/") { parts.append("") }
        return parts.joined(separator: "/")
    }
}

/// The ids and the `href`/`src` values of an HTML page, found by a small tag scanner.
struct HTMLScan {
    var ids: Set<String> = []
    var references: [String] = []

    init(_ html: String) {
        let chars = Array(html.utf8)
        var i = 0
        while i < chars.count {
            guard chars[i] == UInt8(ascii: "<") else { i += 1; continue }
            if Self.starts(chars, at: i, with: "<!--") {
                i = Self.find(chars, "-->", from: i + 4).map { $0 + 3 } ?? chars.count
                continue
            }
            i += 1
            guard i < chars.count, Self.isLetter(chars[i]) else { continue }
            // Tag name.
            var nameEnd = i
            while nameEnd < chars.count, !Self.isSpace(chars[nameEnd]), chars[nameEnd] != UInt8(ascii: ">"),
                chars[nameEnd] != UInt8(ascii: "/")
            {
                nameEnd += 1
            }
            let tag = String(decoding: chars[i..<nameEnd], as: UTF8.self).lowercased()
            i = nameEnd
            // Attributes up to `>`.
            while i < chars.count, chars[i] != UInt8(ascii: ">") {
                if Self.isSpace(chars[i]) || chars[i] == UInt8(ascii: "/") { i += 1; continue }
                var end = i
                while end < chars.count, !Self.isSpace(chars[end]), chars[end] != UInt8(ascii: "="),
                    chars[end] != UInt8(ascii: ">")
                {
                    end += 1
                }
                let name = String(decoding: chars[i..<end], as: UTF8.self).lowercased()
                i = end
                while i < chars.count, Self.isSpace(chars[i]) { i += 1 }
                var value: String?
                if i < chars.count, chars[i] == UInt8(ascii: "=") {
                    i += 1
                    while i < chars.count, Self.isSpace(chars[i]) { i += 1 }
                    if i < chars.count, chars[i] == UInt8(ascii: "\"") || chars[i] == UInt8(ascii: "'") {
                        let quote = chars[i]
                        let close = chars[(i + 1)...].firstIndex(of: quote) ?? chars.count
                        value = String(decoding: chars[(i + 1)..<close], as: UTF8.self)
                        i = min(close + 1, chars.count)
                    } else {
                        var vEnd = i
                        while vEnd < chars.count, !Self.isSpace(chars[vEnd]), chars[vEnd] != UInt8(ascii: ">") { vEnd += 1 }
                        value = String(decoding: chars[i..<vEnd], as: UTF8.self)
                        i = vEnd
                    }
                }
                guard let value else { continue }
                let decoded = Self.decodeEntities(value)
                if name == "id" { ids.insert(decoded) }
                if name == "href" || name == "src" { references.append(decoded.trimmingCharacters(in: .whitespaces)) }
            }
            // Script and style bodies are not markup.
            if tag == "script" || tag == "style" {
                i = Self.find(chars, "</" + tag, from: i) ?? chars.count
            }
        }
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }

    private static func starts(_ chars: [UInt8], at i: Int, with text: String) -> Bool {
        let t = Array(text.utf8)
        return i + t.count <= chars.count && Array(chars[i..<(i + t.count)]) == t
    }

    private static func find(_ chars: [UInt8], _ text: String, from start: Int) -> Int? {
        let t = Array(text.utf8)
        var i = start
        while i + t.count <= chars.count {
            if chars[i] == t[0], Array(chars[i..<(i + t.count)]) == t { return i }
            i += 1
        }
        return nil
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = text
        for (entity, char) in [("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
            out = out.replacingAll(entity, with: char)
        }
        return out
    }
}
