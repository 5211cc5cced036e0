import Foundation
import CrosscheckText

/// Finds a calendar date written the ways news pages write them, as ISO 8601 (`2020-01-07`).
enum DateParsing {
    static func isoDate(in text: String) -> String? {
        // Every form has digits; most lines have none, and the regular expressions are slow.
        guard text.utf8.anyByte({ (0x30...0x39).contains($0) }) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        if let m = iso.firstMatch(in: text, range: range) {
            return format(year: int(m, 1, text), month: int(m, 2, text), day: int(m, 3, text))
        }
        if let m = dayMonthYear.firstMatch(in: text, range: range), let month = month(m, 2, text) {
            return format(year: int(m, 3, text), month: month, day: int(m, 1, text))
        }
        if let m = monthDayYear.firstMatch(in: text, range: range), let month = month(m, 1, text) {
            return format(year: int(m, 3, text), month: month, day: int(m, 2, text))
        }
        // "03/03/2026", "25/12/2025", "12/25/2025": day first in Britain, month first in the US; read only
        // where the figures leave one reading.
        if let m = numeric.firstMatch(in: text, range: range) {
            let a = int(m, 1, text), b = int(m, 2, text)
            guard a == b || a > 12 || b > 12 else { return nil }
            return format(year: int(m, 3, text), month: min(a, b), day: max(a, b))
        }
        return nil
    }

    private static let monthPattern =
        "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"
    private static let iso = try! NSRegularExpression(pattern: "\\b(\\d{4})-(\\d{2})-(\\d{2})(?![0-9])")
    private static let dayMonthYear = try! NSRegularExpression(
        pattern: "\\b(\\d{1,2})\\s+\(monthPattern)\\s+(\\d{4})\\b", options: [.caseInsensitive])
    private static let monthDayYear = try! NSRegularExpression(
        pattern: "\\b\(monthPattern)\\s+(\\d{1,2}),?\\s+(\\d{4})\\b", options: [.caseInsensitive])

    private static let numeric = try! NSRegularExpression(pattern: "\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b")

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func int(_ match: NSTextCheckingResult, _ group: Int, _ text: String) -> Int {
        Range(match.range(at: group), in: text).flatMap { Int(text[$0]) } ?? 0
    }

    private static func month(_ match: NSTextCheckingResult, _ group: Int, _ text: String) -> Int? {
        guard let range = Range(match.range(at: group), in: text) else { return nil }
        let prefix = String(text[range].lowercased().prefix(3))
        return months.firstIndex(of: prefix).map { $0 + 1 }
    }

    private static func format(year: Int, month: Int, day: Int) -> String? {
        guard (1900...2200).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
