import CrosscheckModel

/// A template's data: string keys to strings, numbers, booleans, nested contexts and lists.
/// Optional values never go in (the engine would treat a boxed nil as present); keys are left out instead.
///
/// Kept as a short list of entries, each with a fingerprint of its key, not as a dictionary: a page
/// builds thousands of small contexts and the renderer asks each for a few names, and hashing every
/// key on the way in and every name on the way out cost more than the rest of rendering.
struct Context: ExpressibleByDictionaryLiteral {
    private struct Entry {
        let print: UInt64
        let key: String
        var value: any TemplateValue
    }

    private var entries: [Entry] = []

    /// A literal's keys are distinct (as a dictionary literal's must be): each is added as it comes,
    /// with room for a few more set afterwards.
    init(dictionaryLiteral elements: (String, any TemplateValue)...) {
        entries.reserveCapacity(elements.count + 4)
        for (key, value) in elements { entries.append(Entry(print: Self.print(key), key: key, value: value)) }
    }

    var isEmpty: Bool { entries.isEmpty }

    subscript(key: String) -> (any TemplateValue)? {
        get { value(forKey: key, print: Self.print(key)) }
        set {
            let print = Self.print(key)
            if let index = index(of: key, print: print) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append(Entry(print: print, key: key, value: newValue))
            }
        }
    }

    /// The value of `key`, whose `print(_:)` is given: the renderer works out its names' prints once.
    func value(forKey key: String, print: UInt64) -> (any TemplateValue)? {
        index(of: key, print: print).map { entries[$0].value }
    }

    /// Read in place: iterating the entries would copy each, its key and value with it.
    private func index(of key: String, print: UInt64) -> Int? {
        entries.withUnsafeBufferPointer { entries in
            for i in entries.indices where entries[i].print == print && entries[i].key == key { return i }
            return nil
        }
    }

    /// FNV-1a of the key's bytes: keys are short, and this costs a fraction of `Hasher`.
    static func print(_ key: String) -> UInt64 {
        func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01B3 }
            return hash
        }
        return key.utf8.withContiguousStorageIfAvailable(fnv) ?? fnv(key.utf8)
    }

    /// The data as the template engine takes it: dictionaries, and rendered HTML as strings.
    var engineValue: [String: Any] {
        var dictionary: [String: Any] = [:]
        for entry in entries { dictionary[entry.key] = Self.engineValue(entry.value) }
        return dictionary
    }

    private static func engineValue(_ value: any TemplateValue) -> Any {
        switch value.templateKind {
        case .text(let text): text
        case .number(let number): number
        case .real(let number): number
        case .flag(let flag): flag
        case .html(let html): html.text
        case .object(let context): context.engineValue
        case .list(let list): list.map(\.engineValue)
        }
    }

    /// Every entry of `other` set here, replacing one of the same key.
    mutating func merge(_ other: Context) {
        for entry in other.entries { self[entry.key] = entry.value }
    }

    /// Sets `key` only when there is a non-empty value.
    mutating func set(_ key: String, _ value: String?) {
        if let value, !value.trimmed.isEmpty { self[key] = value }
    }

    /// Sets a metadata field and whether it was inferred.
    mutating func set(_ key: String, _ field: Metadata.Field?) {
        guard let field, !field.value.trimmed.isEmpty else { return }
        self[key] = field.value.trimmed
        self[key + "Inferred"] = field.inferred
    }
}

extension Array where Element == Context {
    /// Marks the last item, for separators written `{{^last}}, {{/last}}`.
    var withLast: [Context] {
        enumerated().map { offset, item in
            var item = item
            item["last"] = offset == count - 1
            return item
        }
    }
}

enum Format {
    static func whole(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return String(Int(value.rounded()))
    }

    static func percent(_ fraction: Double) -> String {
        whole(max(0, min(1, fraction)) * 100)
    }

    static func points(_ value: Double) -> String {
        // Tenths as an integer: no Double description, no search and replace of the sign.
        if value.isFinite, abs(value) < 1e12 {
            let tenths = Int((value * 10).rounded())
            let magnitude = tenths.magnitude
            let text = magnitude % 10 == 0 ? String(magnitude / 10) : "\(magnitude / 10).\(magnitude % 10)"
            return tenths > 0 ? "+" + text : (tenths == 0 ? "0" : "\u{2212}" + text)
        }
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return rounded > 0 ? "+" + text : (rounded == 0 ? "0" : text.replacingAll("-", with: "−"))
    }

    /// At most `limit` characters, cut at a word, for evidence lists; the link leads to the whole.
    static func excerpt(_ text: String, limit: Int = 180) -> String {
        let trimmed = text.trimmed
        // No more bytes than the limit means no more characters: no need to count them. Past it, only
        // the first `limit` characters are walked, not the whole text.
        guard trimmed.utf8.count > limit else { return trimmed }
        // Where the first limit + 1 bytes are ASCII other than CR (which joins a following LF), the first
        // `limit` characters are the first `limit` bytes: no grapheme breaking needed.
        let ascii = trimmed.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            for k in 0...limit where bytes[k] >= 0x80 || bytes[k] == 0x0D { return nil }
            var end = limit
            while end > 0, bytes[end - 1] != 0x20, !(0x09...0x0D).contains(bytes[end - 1]) { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<(end > 0 ? end - 1 : limit)]), as: UTF8.self)
        } ?? nil
        if let ascii { return ascii.trimmed + " …" }
        if let simple = simpleExcerpt(trimmed, limit: limit) { return simple }
        guard let limitIndex = trimmed.index(trimmed.startIndex, offsetBy: limit, limitedBy: trimmed.endIndex),
              limitIndex < trimmed.endIndex
        else { return trimmed }
        let cut = trimmed[..<limitIndex]
        let end = cut.lastIndex(where: { $0.isWhitespace }) ?? cut.endIndex
        return String(cut[..<end]).trimmed + " …"
    }

    /// The same cut for text whose first `limit` + 1 scalars are each a character of its own (Latin
    /// letters, curly quotes, dashes): counted as scalars, without grapheme breaking; nil for other text.
    private static func simpleExcerpt(_ text: String, limit: Int) -> String? {
        let cut = text.utf8.withContiguousStorageIfAvailable { bytes -> (end: Int, space: Int?)? in
            var i = 0, count = 0
            var space: Int?
            while i < bytes.count {
                // The scalar starting here, decoded by hand: one to three bytes (four-byte scalars are not simple).
                let b0 = UInt32(bytes[i])
                let (value, width): (UInt32, Int)
                if b0 < 0x80 {
                    (value, width) = (b0, 1)
                } else if b0 < 0xE0 {
                    (value, width) = ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
                } else if b0 < 0xF0 {
                    (value, width) = ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
                } else {
                    return nil
                }
                // Below the combining marks (a carriage return may join a line feed), and the general
                // punctuation that neither joins nor is joined.
                guard value < 0x300 && value != 0x0D || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) else {
                    return nil
                }
                if count == limit { return (i, space) }
                if (0x09...0x0C).contains(value) || value == 0x20 || value == 0x85 || value == 0xA0 { space = i }
                count += 1
                i += width
            }
            return (bytes.count, nil)
        } ?? nil
        guard let cut else { return nil }
        guard cut.end < text.utf8.count else { return text }
        let utf8 = text.utf8
        return String(decoding: utf8[..<utf8.index(utf8.startIndex, offsetBy: cut.space ?? cut.end)], as: UTF8.self).trimmed + " …"
    }

    /// `14,086`: digits grouped by threes, the same on every machine whatever its locale.
    static func thousands(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (k, digit) in digits.enumerated() {
            if k > 0, (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    static func plural(_ count: Int, _ one: String, _ many: String) -> String {
        count == 1 ? one : many
    }
}

extension SiteIndex {
    /// The grade badge's data (the `grade` partial).
    static func gradeContext(_ reliability: Reliability) -> Context {
        let grade = reliability.grade.trimmed.isEmpty ? "?" : reliability.grade.trimmed
        let letter = grade.first.map { String($0).lowercased() } ?? "x"
        return [
            "grade": grade,
            "gradeClass": "abcdf".contains(letter) ? letter : "x",
            "score": Format.whole(reliability.score),
        ]
    }

    /// A source as a link target: `{{file}}` and `{{outlet}}`.
    func sourceLink(_ sourceID: String) -> Context {
        ["file": Self.file(sourceID), "outlet": outlet(sourceID)]
    }

    func sourceLinks(_ ids: [String]) -> [Context] {
        var seen = Set<String>()
        return ids.filter { hasPage($0) && seen.insert($0).inserted }.map(sourceLink).withLast
    }
}
