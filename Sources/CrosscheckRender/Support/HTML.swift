/// Small helpers for HTML the renderer writes itself (outside templates).
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// A value usable as an `id` attribute and a file name: ids from the report are slugs
    /// already, this only guards against whitespace and characters that break URLs.
    static func safeID(_ id: String) -> String {
        var out = ""
        for scalar in id.unicodeScalars {
            // No dots: a name like `..x` must never read as a step up the folder tree.
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" {
                out.unicodeScalars.append(scalar)
            } else {
                out += "_"
            }
        }
        if out.isEmpty { out = "x" }
        return out
    }
}
