import Foundation

/// Turns a file's bytes into text: UTF-8, UTF-16 with a byte-order mark, else Windows-1252.
enum TextDecoding {
    struct Failure: Error {
        var message: String
    }

    static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(Array(bytes.dropFirst(3)))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: Data(bytes), encoding: .utf16) else {
                return .failure(Failure(message: "skipped: invalid UTF-16 text"))
            }
            return .success(text)
        }
        if looksBinary(bytes) {
            return .failure(Failure(message: "skipped: binary file, not text"))
        }
        return utf8(bytes)
    }

    private static func utf8(_ bytes: [UInt8]) -> Result<String, Failure> {
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(text)
        }
        // Scraped copy that is not UTF-8 is nearly always Windows-1252; its bytes always decode.
        if let text = String(data: Data(bytes), encoding: .windowsCP1252) {
            return .success(text)
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// NUL bytes, or many control bytes, do not occur in text files.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        if sample.contains(0) { return true }
        let controls = sample.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
        return controls * 10 > sample.count
    }

    /// Line ends made `\n`, control and formatting characters that a reader cannot see removed.
    /// Works on UTF-8 bytes: every character it changes has a fixed one- to three-byte form.
    static func normalize(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var previousCR = false
            var i = 0
            while i < bytes.count {
                // Runs of bytes no rule below touches (nearly all of them) are copied whole.
                let run = i
                while i < bytes.count, Self.isPlain(bytes[i]) { i += 1 }
                if i > run {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                    previousCR = false
                    if i == bytes.count { break }
                }
                let byte = bytes[i]
                let next = i + 1 < bytes.count ? bytes[i + 1] : 0
                let third = i + 2 < bytes.count ? bytes[i + 2] : 0
                var width = 1
                var replacement: UInt8? = byte
                switch byte {
                case 0x0D: replacement = 0x0A
                case 0x0A: replacement = previousCR ? nil : 0x0A
                case 0x09, 0x0C: replacement = 0x20
                case 0x00..<0x20, 0x7F: replacement = nil
                case 0xC2 where (0x80...0xA0).contains(next):  // C1 controls; no-break space
                    width = 2
                    replacement = next == 0xA0 ? 0x20 : nil
                case 0xE2 where next == 0x80 && [0x8B, 0x8E, 0x8F, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE].contains(third),
                     0xE2 where next == 0x81 && (0xA6...0xA9).contains(third),
                     0xEF where next == 0xBB && third == 0xBF:  // invisible marks and the byte-order mark
                    width = 3
                    replacement = nil
                case 0xE2 where next == 0x80 && (third == 0xA8 || third == 0xA9):  // line and paragraph separators
                    width = 3
                    replacement = 0x0A
                default: break
                }
                if let replacement { out.append(replacement) }
                previousCR = byte == 0x0D
                i += width
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A byte `normalize` keeps as it is whatever follows: not a control character, nor the first byte
    /// of a no-break space, an invisible mark, a separator or the byte-order mark.
    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != 0x7F && byte != 0xC2 && byte != 0xE2 && byte != 0xEF
    }
}
