import CrosscheckModel
import CrosscheckText
import Foundation

/// Fills metadata the file does not state from the top of its text, marking each value inferred.
enum MetadataInference {
    /// How many non-empty lines at the top count as the page's header.
    static let headerLines = 12

    static func fill(_ metadata: inout Metadata, from body: String) {
        let header = body.lines(maxSplits: headerLines * 4, omittingEmptySubsequences: true)
            .prefix(headerLines * 4).lazy.map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }.prefix(headerLines)
        for (position, line) in header.enumerated() {
            if metadata.date == nil, line.count < 120, let date = DateParsing.isoDate(in: line) {
                metadata.date = Metadata.Field(date, inferred: true)
            }
            if metadata.outlet == nil, let outlet = labelled("source", in: line) {
                metadata.outlet = Metadata.Field(outlet, inferred: true)
            }
            if metadata.author == nil, let author = byline(line) {
                metadata.author = Metadata.Field(author, inferred: true)
            }
            // Bylines and dates sit below page furniture; an address further down is more often a link.
            if metadata.url == nil, position < 8, let url = firstURL(in: line) {
                metadata.url = Metadata.Field(url, inferred: true)
            }
        }
        if metadata.author == nil {
            // Wire copy names its reporters at the end.
            if let reporters = lastLines(of: body, 4).lazy.compactMap({ reporters($0.trimmingSpaces()) }).first {
                metadata.author = Metadata.Field(reporters, inferred: true)
            }
        }
        // News sites file stories under their date: ".../2015/03/18/gunmen-storm-museum...".
        if metadata.date == nil, let url = metadata.url?.value, let date = dateInPath(url) {
            metadata.date = Metadata.Field(date, inferred: true)
        }
        if metadata.outlet == nil, let url = metadata.url?.value, let host = URL(string: url)?.host {
            let name = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
            metadata.outlet = Metadata.Field(name, inferred: true)
        }
        // Without a page address, the agency of a wire dateline wrote the story.
        if metadata.outlet == nil, let agency = header.lazy.compactMap(datelineAgency).first ?? splitDateline(Array(header)) {
            metadata.outlet = Metadata.Field(agency, inferred: true)
        }
    }

    /// `CNN` on a line, then `—` alone on the next: a page that sets its dateline's source apart.
    private static func splitDateline(_ header: [String]) -> String? {
        for (line, next) in zip(header, header.dropFirst()) where ["-", "\u{2013}", "\u{2014}"].contains(next) {
            let words = line.split(separator: " ")
            if (1...3).contains(words.count), line.count <= 24, words.allSatisfy({ $0.first?.isUppercase == true }) { return line }
        }
        return nil
    }

    /// `LONDON (Reuters) - …`, `WASHINGTON, March 7 (AP) — …` → the agency in brackets.
    private static func datelineAgency(_ line: String) -> String? {
        // Swift's regular expressions are slow: most lines have no bracket to look at.
        guard line.utf8.prefix(90).contains(0x28), let match = line.prefix(90).firstMatch(of: dateline) else { return nil }
        return String(match.output.1)
    }

    private nonisolated(unsafe) static let dateline = #/^(?:[A-Z][A-Za-z0-9 .,'’-]{1,60}?)?\(([A-Z][A-Za-z&. ]{1,24})\)\s*[-–—]/#

    /// `Source: example.com` → `example.com`.
    private static func labelled(_ label: String, in line: String) -> String? {
        // A colon has no other case, so a line without one is ruled out before any search.
        guard line.utf8.containsByte(0x3A), let range = line.caseInsensitiveRange(of: label + ":") else { return nil }
        let value = line[range.upperBound...].trimmingSpaces()
        let first = value.split(separator: " ").first.map(String.init) ?? ""
        guard !first.isEmpty, first.count <= 60 else { return nil }
        return value.count <= 40 ? value : first
    }

    /// `By Jane Doe` or `By Jane Doe and John Roe`, alone on a line.
    private static func byline(_ line: String) -> String? {
        guard line.hasPrefix("By ") || line.hasPrefix("BY "), line.count < 80 else { return nil }
        // `By Jane Doe | Fox News`, `By Jane Doe, BBC News`: the outlet after the name is not part of it.
        let full = line.dropFirst(3)
        let cut = [" | ", ", ", " - ", " \u{2013} ", " \u{2014} ", " for ", " FOR "].compactMap { full.range(of: $0)?.lowerBound }.min()
        let name = full[..<(cut ?? full.endIndex)].trimmingSpaces()
        let words = name.split(separator: " ")
        guard (2...8).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true || $0 == "and" || $0 == "AND" })
        else { return nil }
        // Wire bylines are in capitals: `By JILL LAWLESS` is Jill Lawless.
        guard !name.contains(where: \.isLowercase) else { return name }
        return words.map { $0 == "AND" ? "and" : $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    /// The last `count` lines that hold anything, last first, found by walking back over the bytes:
    /// splitting the whole text into lines walks every character of it.
    private static func lastLines(of text: String, _ count: Int) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var end = bytes.count
            var i = bytes.count
            while i > 0, lines.count < count, bytes.count - i < 4_000 {
                i -= 1
                guard bytes[i] == 0x0A || i == 0 else { continue }
                let start = bytes[i] == 0x0A ? i + 1 : i
                if end > start { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
                end = i
            }
            return lines
        }
    }

    /// `(Reporting by Jane Doe in London and John Roe; Editing by Ann Lee)` → `Jane Doe and John Roe`.
    private static func reporters(_ line: String) -> String? {
        var text = Substring(line)
        if text.hasPrefix("(") { text = text.dropFirst() }
        guard text.hasPrefix("Reporting by "), line.count < 200 else { return nil }
        let credit = text.dropFirst("Reporting by ".count).prefix { $0 != ";" && $0 != ")" }
        var names: [String] = []
        for part in String(credit).replacingPunctuation(" and ", with: ", ").split(separator: ",") {
            // "Jane Doe in London": the place goes.
            let words = part.split(separator: " ").prefix { $0 != "in" }
            guard (2...5).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
            names.append(words.joined(separator: " "))
        }
        guard !names.isEmpty else { return nil }
        return names.count <= 2 ? names.joined(separator: " and ") : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// "/2015/03/18/" in an address → "2015-03-18".
    static func dateInPath(_ url: String) -> String? {
        let parts = url.split(separator: "/").map(String.init)
        for k in parts.indices.dropLast(2) {
            guard parts[k].count == 4, let year = Int(parts[k]), (1990...2100).contains(year),
                  parts[k + 1].count == 2, let month = Int(parts[k + 1]), (1...12).contains(month),
                  parts[k + 2].count == 2, let day = Int(parts[k + 2]), (1...31).contains(day)
            else { continue }
            return "\(parts[k])-\(parts[k + 1])-\(parts[k + 2])"
        }
        return nil
    }

    private static func firstURL(in line: String) -> String? {
        // Nothing but these bytes spells "http://": a line without them is ruled out before Foundation,
        // which copies the line for every search, is asked.
        guard line.utf8.containsBytes(of: "http"), let start = line.range(of: "https://") ?? line.range(of: "http://") else { return nil }
        let url = line[start.lowerBound...].prefix { !$0.isWhitespace }
        return url.count > 10 ? String(url) : nil
    }
}
