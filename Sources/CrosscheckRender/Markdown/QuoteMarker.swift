import CrosscheckModel
import CrosscheckText
import Foundation

/// Marks quotations inside a paragraph's rendered HTML, so links can land on the exact words.
enum QuoteMarker {
    /// Wraps each quote's words in `<mark class="quote" id="…">`; a quote whose words cannot be
    /// found in the HTML (split by inline markup, or reworded by the renderer) gets an empty
    /// anchor at the paragraph's start instead.
    static func mark(_ quotes: [Quote], in html: String, markdown: Bool) -> String {
        guard !quotes.isEmpty else { return html }
        let bytes = Array(html.utf8)
        let tagDepth = insideTag(bytes)
        let entity = insideEntity(bytes)
        var taken: [Range<Int>] = []
        var marks: [(range: Range<Int>, id: String)] = []
        var anchors: [String] = []
        for quote in quotes.sorted(by: { ($0.start, $0.id) < ($1.start, $1.id) }) {
            let id = HTML.safeID(quote.id)
            // The first place outside tags and entities, and outside other quotes' marks.
            func place(_ needle: String) -> Range<Int>? {
                guard !needle.isEmpty else { return nil }
                var from = 0
                while let range = find(needle, in: bytes, from: from) {
                    if !tagDepth[range.lowerBound], !entity[range.lowerBound], !entity[range.upperBound],
                        !taken.contains(where: { $0.overlaps(range) })
                    {
                        return range
                    }
                    from = range.lowerBound + 1
                }
                return nil
            }
            // The words as cmark writes plain text; then, only when those are not found, as inline Markdown.
            let trimmed = quote.text.trimmed
            let plain = Markdown.plainInline(trimmed)
            var found = place(plain)
            if found == nil, markdown {
                let formatted = Markdown.inline(trimmed, markdown: true)
                if formatted != plain { found = place(formatted) }
            }
            if let found {
                taken.append(found)
                marks.append((found, id))
            } else {
                anchors.append(id)
            }
        }
        var out = bytes
        for mark in marks.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            out.insert(contentsOf: Array("</mark>".utf8), at: mark.range.upperBound)
            out.insert(contentsOf: Array("<mark class=\"quote\" id=\"\(mark.id)\">".utf8), at: mark.range.lowerBound)
        }
        var result = String(decoding: out, as: UTF8.self)
        if !anchors.isEmpty {
            let spans = anchors.map { "<span id=\"\($0)\"></span>" }.joined()
            result = insertAtStart(spans, of: result)
        }
        return result
    }

    /// Puts the anchor inside a leading `<p>` (the usual case); before any other block, which
    /// the paragraph's container allows.
    private static func insertAtStart(_ anchor: String, of html: String) -> String {
        guard html.hasPrefix("<p>") || html.hasPrefix("<p "), let close = html.firstIndex(of: ">") else {
            return anchor + html
        }
        let after = html.index(after: close)
        return String(html[..<after]) + anchor + String(html[after...])
    }

    /// For each byte, whether it lies inside a tag (between `<` and `>`).
    private static func insideTag(_ bytes: [UInt8]) -> [Bool] {
        var result = [Bool](repeating: false, count: bytes.count + 1)
        var inside = false
        for (i, b) in bytes.enumerated() {
            if b == UInt8(ascii: "<") { inside = true }
            result[i] = inside
            if b == UInt8(ascii: ">") { inside = false }
        }
        return result
    }

    /// For each byte, whether it lies after the `&` of a character reference (`&amp;`, `&#39;`),
    /// where a mark may neither start nor end.
    private static func insideEntity(_ bytes: [UInt8]) -> [Bool] {
        var result = [Bool](repeating: false, count: bytes.count + 1)
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "&") {
            var j = i + 1
            while j < bytes.count, j - i <= 10, bytes[j] == UInt8(ascii: "#") || (bytes[j] | 0x20) >= UInt8(ascii: "a") && (bytes[j] | 0x20) <= UInt8(ascii: "z") || (bytes[j] >= UInt8(ascii: "0") && bytes[j] <= UInt8(ascii: "9")) {
                j += 1
            }
            if j < bytes.count, bytes[j] == UInt8(ascii: ";") {
                for k in (i + 1)...j { result[k] = true }
            }
        }
        return result
    }

    private static func find(_ needle: String, in haystack: [UInt8], from start: Int) -> Range<Int>? {
        var needle = needle
        guard !needle.isEmpty, start <= haystack.count else { return nil }
        return needle.withUTF8 { n in
            haystack.withUnsafeBufferPointer { h in
                ByteSearch.firstOffset(of: n, in: UnsafeBufferPointer(rebasing: h[start...])).map { (start + $0)..<(start + $0 + n.count) }
            }
        }
    }
}
