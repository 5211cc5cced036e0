import Yams

/// YAML front matter (`---` … `---` at the top of a file), read as flat `key: value` fields.
enum FrontMatter {
    struct Failure: Error {
        var message: String
    }

    /// The block's text and the rest of the file, or nil when the file has no front matter.
    static func split(_ text: String) -> (yaml: String, rest: String)? {
        guard text.hasPrefix("---\n") else { return nil }
        let afterOpening = text.dropFirst(4)
        guard let close = afterOpening.range(of: "\n---") else { return nil }
        let yaml = String(afterOpening[..<close.lowerBound])
        var rest = afterOpening[close.upperBound...]
        if let newline = rest.firstIndex(of: "\n") { rest = rest[rest.index(after: newline)...] } else { rest = "" }
        return (yaml, String(rest))
    }

    /// Top-level scalar fields with lowercased keys. Anchors and aliases are refused before parsing:
    /// nested aliases can make a few bytes of YAML expand into gigabytes.
    static func fields(_ yaml: String) -> Result<[String: String], Failure> {
        guard yaml.utf8.count <= 65_536 else {
            return .failure(Failure(message: "front matter ignored: larger than 64 KB"))
        }
        if containsAnchors(yaml) {
            return .failure(Failure(message: "front matter ignored: YAML anchors and aliases are not accepted"))
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            return .failure(Failure(message: "front matter ignored: invalid YAML (\(firstLine(of: "\(error)")))"))
        }
        guard let mapping = node?.mapping else {
            return node == nil ? .success([:]) : .failure(Failure(message: "front matter ignored: not a list of `key: value` fields"))
        }
        var result: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string?.lowercased() else { continue }
            if let scalar = value.scalar?.string {
                result[name] = scalar.trimmingCharacters(in: .whitespaces)
            } else if let items = value.sequence {
                result[name] = items.compactMap { $0.scalar?.string }.joined(separator: ", ")
            }
        }
        return .success(result)
    }

    private static func containsAnchors(_ yaml: String) -> Bool {
        let chars = Array(yaml)
        for (i, ch) in chars.enumerated() where ch == "&" || ch == "*" {
            let before: Character = i == 0 ? " " : chars[i - 1]
            let after: Character = i + 1 < chars.count ? chars[i + 1] : " "
            if (before == " " || before == "[" || before == "," || before == "\n" || before == "-" || before == ":"),
               after.isLetter || after.isNumber || after == "_"
            {
                return true
            }
        }
        return false
    }

    private static func firstLine(of text: String) -> String {
        String(text.split(separator: "\n").first ?? "")
    }
}
