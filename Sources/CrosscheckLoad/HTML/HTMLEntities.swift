/// Character references (`&amp;`, `&#8217;`, `&#x2014;`) made characters. Only the names news pages use are
/// known; an unknown one is left as written.
enum HTMLEntities {
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest.index(after: amp)
            if let semicolon = rest[after...].prefix(12).firstIndex(of: ";"),
               let character = character(for: rest[after..<semicolon]) {
                result += character
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result.append("&")
                rest = rest[after...]
            }
        }
        result += rest
        return result
    }

    private static func character(for name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            // Windows-1252's punctuation, which many pages give by its byte value.
            if let value, (0x80...0x9F).contains(value), let mapped = windows1252[value] { return String(Character(mapped)) }
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
        return named[String(name)]
    }

    private static let windows1252: [UInt32: Unicode.Scalar] = [
        0x85: "\u{2026}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}", 0x94: "\u{201D}", 0x96: "\u{2013}", 0x97: "\u{2014}",
    ]

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ", "emsp": " ", "thinsp": " ",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "bdquo": "\u{201E}", "laquo": "\u{00AB}", "raquo": "\u{00BB}", "ndash": "\u{2013}", "mdash": "\u{2014}",
        "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{00B7}", "shy": "", "zwnj": "", "zwj": "",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "deg": "\u{00B0}", "pound": "\u{00A3}", "euro": "\u{20AC}",
        "cent": "\u{00A2}", "yen": "\u{00A5}", "sect": "\u{00A7}", "para": "\u{00B6}", "times": "\u{00D7}", "divide": "\u{00F7}",
        "frac12": "\u{00BD}", "frac14": "\u{00BC}", "frac34": "\u{00BE}", "prime": "\u{2032}", "Prime": "\u{2033}",
        "aacute": "á", "agrave": "à", "acirc": "â", "auml": "ä", "atilde": "ã", "aring": "å", "aelig": "æ", "ccedil": "ç",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "iacute": "í", "igrave": "ì", "icirc": "î", "iuml": "ï",
        "ntilde": "ñ", "oacute": "ó", "ograve": "ò", "ocirc": "ô", "ouml": "ö", "otilde": "õ", "oslash": "ø", "szlig": "ß",
        "uacute": "ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü", "yacute": "ý", "yuml": "ÿ",
        "Aacute": "Á", "Agrave": "À", "Auml": "Ä", "Ccedil": "Ç", "Eacute": "É", "Egrave": "È", "Iacute": "Í", "Ntilde": "Ñ",
        "Oacute": "Ó", "Ouml": "Ö", "Oslash": "Ø", "Uacute": "Ú", "Uuml": "Ü",
    ]
}
