import Foundation

/// Folds text for comparison: case, diacritics, full-width forms, typographic quotes and dashes.
/// Written over Unicode scalars with a table for Latin letters: Foundation's `folding` is far too
/// slow to call for every word of ten thousand articles.
public enum Folding {
    /// Lowercased, diacritics removed, curly quotes and dashes made plain, spaces collapsed.
    public static func fold(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        func space() {
            if !lastWasSpace { out.append(0x20) }
            lastWasSpace = true
        }
        func append(_ byte: UInt8) {
            out.append(byte)
            lastWasSpace = false
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                switch v {
                case 0x09...0x0D, 0x20: space()
                case 0x41...0x5A: append(UInt8(v + 32))
                case 0x60: append(0x27)
                default: append(UInt8(v))
                }
                continue
            }
            switch v {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x00B4, 0x2032: append(0x27)
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: append(0x22)
            case 0x2010...0x2015, 0x2212: append(0x2D)
            case 0x2026: out += [0x2E, 0x2E, 0x2E]; lastWasSpace = false
            case 0x0300...0x036F: continue  // combining accents
            case 0xFF01...0xFF5E: append(UInt8(ascii: Character(Unicode.Scalar(v - 0xFEE0)!).lowercased().unicodeScalars.first!))
            case 0x80..<0x250:
                let folded = latin[Int(v) - 0x80]
                if folded.isEmpty { space() } else { out += folded; lastWasSpace = false }
            default:
                if scalar.properties.isWhitespace {
                    space()
                } else {
                    let lower = scalar.properties.lowercaseMapping
                    out += Array(lower.utf8)
                    lastWasSpace = false
                }
            }
        }
        if out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// UTF-8 of each folded Latin scalar from U+0080 to U+024F, made once with Foundation.
    private static let latin: [[UInt8]] = (0x80..<0x250).map { value in
        let scalar = Unicode.Scalar(UInt32(value))!
        if scalar.properties.isWhitespace { return [] }
        let folded = String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return Array(folded.utf8)
    }

    /// Lowercased words of letters and digits (apostrophes inside a word kept: "there's").
    public static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(fold(text).unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if scalar == "'", !current.isEmpty, i + 1 < scalars.count, scalars[i + 1].properties.isAlphabetic {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
