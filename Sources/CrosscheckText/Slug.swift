/// File-system-safe, URL-safe names made from text.
public enum Slug {
    /// Lowercase ASCII letters, digits and single hyphens; never empty, never a reserved name.
    public static func make(_ text: String, maxLength: Int = 60) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in Folding.fold(text).unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
                if out.count >= maxLength { break }
            } else {
                pendingHyphen = true
            }
        }
        if out.isEmpty { out = "item" }
        // `page-2` and on name the later pages of a long list in the same folder.
        if reserved.contains(out) || isPageName(out) { out += "-1" }
        return out
    }

    /// Makes `slug` unique against `taken` by adding `-2`, `-3`, ... and records it.
    public static func unique(_ slug: String, in taken: inout Set<String>) -> String {
        var candidate = slug
        var n = 2
        while taken.contains(candidate) {
            candidate = "\(slug)-\(n)"
            n += 1
        }
        taken.insert(candidate)
        return candidate
    }

    private static func isPageName(_ slug: String) -> Bool {
        slug.hasPrefix("page-") && slug.count > 5 && slug.dropFirst(5).allSatisfy(\.isASCII) && slug.dropFirst(5).allSatisfy(\.isNumber)
    }

    private static let reserved: Set<String> = [
        "con", "prn", "aux", "nul", "index", "assets", "data",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ]
}
