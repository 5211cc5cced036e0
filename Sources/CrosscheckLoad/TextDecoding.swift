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
    static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0D:
                out.append("\n")
                previousCR = true
                continue
            case 0x0A:
                if !previousCR { out.append(scalar) }
            case 0x09, 0x0C: out.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
                break
            case 0xA0, 0x2028, 0x2029:
                out.append(scalar.value == 0xA0 ? " " : "\n")
            default:
                out.append(scalar)
            }
            previousCR = false
        }
        return String(out)
    }
}
