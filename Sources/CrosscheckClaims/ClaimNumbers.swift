import CrosscheckText
import Foundation

/// Reads figures written in digits or words ("5,200", "1.5 million", "five thousand", "twenty-one").
enum ClaimNumbers {
    struct Figure: Equatable {
        var value: Double
        /// Tokens the figure spans.
        var length: Int
    }

    static func parse(_ tokens: [ClaimToken], at index: Int) -> Figure? {
        let token = tokens[index]
        var value: Double
        var next = index + 1
        if token.kind == .number {
            guard let v = Double(token.text.replacingPunctuation(",", with: "")) else { return nil }
            // "5.200" is a European thousands separator only when exactly three digits follow.
            value = v
        } else if token.isWord, token.is(.numberWord), let (v, used) = words(tokens, from: index) {
            value = v
            next = index + used
        } else {
            return nil
        }
        if next < tokens.count, let scale = scales[tokens[next].lower] ?? attachedScale(tokens, figure: index, next) {
            // Rounded to whole units: 4.1 × 1e6 is 4,099,999.999… in binary, and would print as "4.1e+06".
            value = (value * scale).rounded()
            next += 1
        }
        return Figure(value: value, length: next - index)
    }

    /// British and wire style joins the scale to the figure: "$460bn", "£5m", "€2.1tn". "bn" and "tn"
    /// say nothing else; "m" and "k" are millions and thousands only after a currency sign, since
    /// "a 5m wall" is five metres.
    private static func attachedScale(_ tokens: [ClaimToken], figure index: Int, _ next: Int) -> Double? {
        let figure = tokens[index], word = tokens[next]
        guard figure.kind == .number, word.isWord, word.start == figure.end else { return nil }
        if let scale = abbreviatedScales[word.lower] { return scale }
        guard index > 0, ["$", "£", "€"].contains(tokens[index - 1].text) else { return nil }
        return moneyScales[word.lower]
    }

    private static let abbreviatedScales: [String: Double] = ["bn": 1e9, "tn": 1e12, "trn": 1e12, "mn": 1e6]
    private static let moneyScales: [String: Double] = ["m": 1e6, "k": 1e3]

    /// A word that starts a figure: "five", "twenty-one", "dozen".
    static func isNumberWord(_ lower: String) -> Bool {
        if units[lower] != nil || tens[lower] != nil || lower == "dozen" { return true }
        guard lower.utf8.containsByte(45), let dash = lower.firstIndex(of: "-") else { return false }
        let first = String(lower[..<dash])
        return units[first] != nil || tens[first] != nil
    }

    /// "nine-and-a-half" → 9: the whole part of a number word with a half joined on.
    static func halfWord(_ lower: String) -> Double? {
        guard lower.hasSuffix("-and-a-half") else { return nil }
        let first = String(lower.dropLast("-and-a-half".count))
        return units[first] ?? tens[first] ?? Double(first)
    }

    /// "five thousand two hundred" → 5200; a lone "a" or "one" is no figure worth counting.
    private static func words(_ tokens: [ClaimToken], from index: Int) -> (Double, Int)? {
        var total = 0.0, current = 0.0, used = 0, sawNumber = false
        var i = index
        while i < tokens.count, tokens[i].isWord {
            let parts = tokens[i].lower.split(separator: "-").map(String.init)
            if parts.count > 1 {
                // "twenty-one" counts; "four-year" is an adjective, not a figure.
                guard parts.allSatisfy({ units[$0] != nil || tens[$0] != nil }) else { break }
                current += parts.reduce(0) { $0 + (units[$1] ?? tens[$1] ?? 0) }
            } else if let u = units[parts[0]] ?? tens[parts[0]] {
                current += u
            } else if parts[0] == "hundred", sawNumber {
                current *= 100
            } else if parts[0] == "dozen" {
                current = max(current, 1) * 12
            } else if parts[0] == "and", sawNumber, i + 1 < tokens.count, units[tokens[i + 1].lower] != nil {
                i += 1; used += 1; continue
            } else {
                break
            }
            sawNumber = true
            i += 1
            used += 1
            if i < tokens.count, tokens[i].lower == "thousand" {
                total += current * 1000; current = 0; i += 1; used += 1
            }
        }
        guard sawNumber else { return nil }
        let value = total + current
        guard value >= 2 else { return nil }
        return (value, used)
    }

    /// 5000 → "5,000"; 1.5 → "1.5".
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            let digits = String(Int64(value))
            var out = ""
            for (i, ch) in digits.reversed().enumerated() {
                if i > 0, i % 3 == 0, ch != "-" { out.append(",") }
                out.append(ch)
            }
            return String(out.reversed())
        }
        return String(format: "%g", value)
    }

    /// A term kept in months, as a reader says it: 108 → "9 years", 114 → "9 years 6 months", 18 → "18 months".
    static func formatMonths(_ value: FactValue) -> String {
        guard case .number(let n, _) = value else { return "" }
        guard n == n.rounded(), n >= 1, n < 1e6 else { return format(n) + " months" }
        let months = Int(n)
        func unit(_ k: Int, _ word: String) -> String { "\(k) \(word)\(k == 1 ? "" : "s")" }
        if months < 24 && months % 12 != 0 { return unit(months, "month") }
        if months % 12 == 0 { return unit(months / 12, "year") }
        return unit(months / 12, "year") + " " + unit(months % 12, "month")
    }

    static var numberWords: [String] { Array(units.keys) + Array(tens.keys) + ["dozen"] }

    private static let units: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "one": 1,
    ]
    private static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    private static let scales: [String: Double] = ["million": 1e6, "billion": 1e9, "trillion": 1e12, "thousand": 1e3]
}
