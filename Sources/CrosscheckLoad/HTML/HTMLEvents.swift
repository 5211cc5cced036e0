/// One piece of an HTML page, in the order the page gives them.
enum HTMLEvent: Equatable {
    case start(HTMLTag)
    case end(String)
    case text(String)
}

struct HTMLTag: Equatable {
    /// Lowercased.
    var name: String
    /// Names lowercased, values with their character references decoded; the first of a repeated name wins.
    var attributes: [String: String]
    var selfClosing: Bool
}

/// A forgiving reader of HTML's tags and text: pages saved from news sites are seldom valid, and a
/// broken one must still give its text. Comments, doctypes and processing instructions are dropped;
/// the content of `script` and `style` is one text event, never read for tags.
enum HTMLEvents {
    static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp"]

    static func read(_ html: String) -> [HTMLEvent] {
        var reader = Reader(bytes: Array(html.utf8))
        return reader.readAll()
    }

    private struct Reader {
        let bytes: [UInt8]
        var i = 0
        var events: [HTMLEvent] = []

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func readAll() -> [HTMLEvent] {
            var textStart = 0
            while i < bytes.count {
                guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count else {
                    i += 1
                    continue
                }
                let next = bytes[i + 1]
                let opensTag = isLetter(next) || (next == UInt8(ascii: "/") && i + 2 < bytes.count && isLetter(bytes[i + 2]))
                let opensMarkup = next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
                guard opensTag || opensMarkup else {
                    i += 1
                    continue
                }
                text(textStart..<i)
                if opensMarkup {
                    skipMarkup()
                } else if next == UInt8(ascii: "/") {
                    i += 2
                    let name = readName()
                    skip(past: UInt8(ascii: ">"))
                    events.append(.end(name))
                } else {
                    i += 1
                    let tag = readTag()
                    events.append(.start(tag))
                    if Self.opensRawText(tag) { readRawText(tag.name) }
                }
                textStart = i
            }
            text(textStart..<bytes.count)
            return events
        }

        private static func opensRawText(_ tag: HTMLTag) -> Bool {
            !tag.selfClosing && HTMLEvents.rawText.contains(tag.name)
        }

        private mutating func text(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            events.append(.text(HTMLEntities.decode(String(decoding: bytes[range], as: UTF8.self))))
        }

        /// `<!-- … -->`, `<!DOCTYPE …>`, `<![CDATA[…]]>`, `<?…>`.
        private mutating func skipMarkup() {
            if starts(with: "<!--") {
                i = find("-->", from: i + 4).map { $0 + 3 } ?? bytes.count
            } else {
                skip(past: UInt8(ascii: ">"))
            }
        }

        private mutating func readTag() -> HTMLTag {
            var tag = HTMLTag(name: readName(), attributes: [:], selfClosing: false)
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: ">") {
                    i += 1
                    break
                }
                if b == UInt8(ascii: "/") || isSpace(b) {
                    if b == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ">") { tag.selfClosing = true }
                    i += 1
                    continue
                }
                let name = readWhile { !isSpace($0) && $0 != UInt8(ascii: "=") && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "/") }
                var value = ""
                skipSpaces()
                if i < bytes.count, bytes[i] == UInt8(ascii: "=") {
                    i += 1
                    skipSpaces()
                    value = HTMLEntities.decode(readValue())
                }
                if !name.isEmpty, tag.attributes[name.lowercased()] == nil { tag.attributes[name.lowercased()] = value }
            }
            return tag
        }

        private mutating func readValue() -> String {
            guard i < bytes.count else { return "" }
            let quote = bytes[i]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                return readWhile { !isSpace($0) && $0 != UInt8(ascii: ">") }
            }
            i += 1
            let value = readWhile { $0 != quote }
            i += 1
            return value
        }

        /// Everything up to the element's end tag is its text.
        private mutating func readRawText(_ name: String) {
            let start = i
            var end = bytes.count
            var search = i
            while let lt = find("</", from: search) {
                if matchesName(name, at: lt + 2) {
                    end = lt
                    break
                }
                search = lt + 2
            }
            let content = String(decoding: bytes[start..<end], as: UTF8.self)
            if !content.isEmpty {
                events.append(.text(name == "script" || name == "style" ? content : HTMLEntities.decode(content)))
            }
            i = end
        }

        private func matchesName(_ name: String, at index: Int) -> Bool {
            let utf8 = Array(name.utf8)
            guard index + utf8.count <= bytes.count else { return false }
            for (k, b) in utf8.enumerated() where lower(bytes[index + k]) != b { return false }
            let after = index + utf8.count
            return after == bytes.count || !isLetter(bytes[after]) && !isDigit(bytes[after])
        }

        private mutating func readName() -> String {
            readWhile { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "_") }.lowercased()
        }

        private mutating func readWhile(_ keep: (UInt8) -> Bool) -> String {
            let start = i
            while i < bytes.count, keep(bytes[i]) { i += 1 }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }

        private mutating func skip(past byte: UInt8) {
            while i < bytes.count, bytes[i] != byte { i += 1 }
            i = min(i + 1, bytes.count)
        }

        private mutating func skipSpaces() {
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        }

        private func starts(with literal: String) -> Bool {
            let utf8 = Array(literal.utf8)
            return i + utf8.count <= bytes.count && Array(bytes[i..<i + utf8.count]) == utf8
        }

        private func find(_ literal: String, from start: Int) -> Int? {
            let utf8 = Array(literal.utf8)
            var k = start
            while k + utf8.count <= bytes.count {
                if bytes[k] == utf8[0], Array(bytes[k..<k + utf8.count]) == utf8 { return k }
                k += 1
            }
            return nil
        }

    }
}

private func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
private func lower(_ b: UInt8) -> UInt8 { isLetter(b) ? b | 0x20 : b }
