import CrosscheckText

/// Small helpers for HTML the renderer writes itself (outside templates).
enum HTML {
    /// The same escaping as the template engine's, so text escaped here reads the same.
    static func escape(_ text: String) -> String {
        guard text.utf8.anyByte({ $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 32)
        appendEscaped(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The engine's escaping, on bytes. It escapes whole characters, so a special ASCII
    /// character that shares a character with its neighbour (a combining mark after it)
    /// stays as it is: that rare case takes the character-by-character path.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        // One pass over the bytes; it gives up (and takes back what it wrote) at a special character
        // beside a byte of a longer character.
        let start = out.count
        var text = text
        if text.withUTF8({ Self.appendEscaped(bytes: $0, to: &out) }) { return }
        out.removeSubrange(start...)
        for character in text {
            switch character {
            case "<": out.append(contentsOf: "&lt;".utf8)
            case ">": out.append(contentsOf: "&gt;".utf8)
            case "&": out.append(contentsOf: "&amp;".utf8)
            case "\"": out.append(contentsOf: "&quot;".utf8)
            case "'": out.append(contentsOf: "&#39;".utf8)
            default: out.append(contentsOf: String(character).utf8)
            }
        }
    }

    /// The byte path: runs of plain bytes are copied whole, the five special ones replaced. False when
    /// a special byte has a byte of a longer character beside it (the character path decides those).
    private static func appendEscaped(bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        var start = 0
        for i in bytes.indices {
            let entity: StaticString
            switch bytes[i] {
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x26: entity = "&amp;"
            case 0x22: entity = "&quot;"
            case 0x27: entity = "&#39;"
            default: continue
            }
            if i > 0 && bytes[i - 1] >= 0x80 || i + 1 < bytes.count && bytes[i + 1] >= 0x80 { return false }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            out.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            start = i + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        return true
    }

    /// A value usable as an `id` attribute and a file name: ids from the report are slugs
    /// already, this only guards against whitespace and characters that break URLs.
    static func safeID(_ id: String) -> String {
        // Ids from the report are nearly always slugs already: those are returned as they are.
        if !id.isEmpty, id.utf8.allBytes({ isIDByte($0) }) { return id }
        var out: [UInt8] = []
        out.reserveCapacity(id.utf8.count)
        for scalar in id.unicodeScalars {
            // No dots: a name like `..x` must never read as a step up the folder tree.
            if scalar.value < 0x80, isIDByte(UInt8(scalar.value)) {
                out.append(UInt8(scalar.value))
            } else {
                out.append(UInt8(ascii: "_"))
            }
        }
        return out.isEmpty ? "x" : String(decoding: out, as: UTF8.self)
    }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x5F: true
        default: false
        }
    }
}
