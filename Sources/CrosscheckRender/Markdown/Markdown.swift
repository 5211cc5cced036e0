import Foundation
import CCmark
import CrosscheckText

/// CommonMark to HTML through libcmark, in its default safe mode: raw HTML is replaced by a
/// comment and `javascript:`/`vbscript:`/`file:` links lose their target.
enum Markdown {
    static func html(_ markdown: String) -> String {
        let length = markdown.utf8.count
        guard let output = markdown.withCString({ cmark_markdown_to_html($0, length, CMARK_OPT_DEFAULT) }) else {
            return ""
        }
        defer { free(output) }
        return String(cString: output)
    }

    /// Backslash-escapes every ASCII punctuation mark (CommonMark allows that for all of them) and
    /// trims leading spaces, so plain text comes out as written: no lists, headings, emphasis,
    /// code blocks, links or entities.
    static func escape(_ text: String) -> String {
        // On bytes: every byte this looks at is ASCII, and no byte of a longer character is.
        var text = text
        // The table is read once here: a static read in the loop checked its initialisation at every byte.
        let isPunctuation = Self.isPunctuation
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            var atLineStart = true
            for byte in bytes {
                if atLineStart, byte == 0x20 || byte == 0x09 { continue }
                atLineStart = byte == 0x0A
                if byte < 0x80, isPunctuation[Int(byte)] { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Renders one paragraph of an article: plain text is escaped first; Markdown is kept, but
    /// headings are demoted so the page's own heading outline stays in order.
    static func paragraph(_ text: String, markdown: Bool) -> String {
        if !markdown, let html = plainHTML(text) { return "<p>" + html + "</p>" }
        let source = markdown ? text.trimmingLeadingSpaces : escape(text)
        var html = Self.html(source)
        if markdown { html = offline(demoteHeadings(html)) }
        return html.trimmingTrailingNewlines
    }

    /// The inline HTML cmark gives for a fragment of text (no enclosing `<p>`).
    static func inline(_ text: String, markdown: Bool) -> String {
        var html = Self.html(markdown ? text.trimmingLeadingSpaces : escape(text)).trimmingTrailingNewlines
        if markdown { html = offline(html) }
        if html.hasPrefix("<p>"), html.hasSuffix("</p>") {
            return String(html.dropFirst(3).dropLast(4))
        }
        return html
    }

    /// `inline(text, markdown: false)`, without a trip through cmark where the answer is known.
    static func plainInline(_ text: String) -> String {
        plainHTML(text) ?? inline(text, markdown: false)
    }

    /// What cmark writes for plain text, where that is known without it: every ASCII punctuation mark
    /// is escaped, so comes out as written, and of the rest cmark changes only control characters,
    /// line breaks and spaces at either end, and writes `&`, `<`, `>` and `"` as references (its
    /// escaping outside safe mode). Text with none of the former is that escaping of itself.
    private static func plainHTML(_ text: String) -> String? {
        let bytes = text.utf8
        guard !text.isEmpty, bytes.firstByte != 0x20, bytes.lastByte != 0x20, bytes.allBytes({ $0 >= 0x20 && $0 != 0x7F })
        else { return nil }
        guard bytes.anyByte({ $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return text }
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            var run = 0
            for (i, byte) in bytes.enumerated() {
                let reference: StaticString
                switch byte {
                case 0x26: reference = "&amp;"
                case 0x3C: reference = "&lt;"
                case 0x3E: reference = "&gt;"
                case 0x22: reference = "&quot;"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                out.append(contentsOf: UnsafeBufferPointer(start: reference.utf8Start, count: reference.utf8CodeUnitCount))
                run = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func demoteHeadings(_ html: String) -> String {
        var out = html
        for level in 1...6 {
            out = out.replacingAll("<h\(level)>", with: "<p class=\"subhead\">")
            out = out.replacingAll("</h\(level)>", with: "</p>")
        }
        return out
    }

    /// ASCII punctuation, indexed by byte.
    private static let isPunctuation: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for byte in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".utf8 { table[Int(byte)] = true }
        return table
    }()
}

extension String {
    var trimmingLeadingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }))
    }

    var trimmingTrailingNewlines: String {
        var s = self
        while s.last == "\n" { s.removeLast() }
        return s
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
