/// JSON as `JSONEncoder` writes it with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`,
/// byte for byte, for the plain value types of report.json. Foundation's encoder builds boxed values
/// for every field and cost more than rendering all the pages that hold the same text.
///
/// Values are written straight into the output as they encode themselves; an object whose keys came
/// out of order has its members moved into order when it closes.
enum PrettyJSON {
    struct InvalidValue: Error, CustomStringConvertible {
        var description: String
    }

    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var out: [UInt8] = []
        try encode(value, depth: 0, into: &out)
        return out
    }

    /// The value as it reads `depth` levels into a document: lines after the first indented by as much.
    static func encode<T: Encodable>(_ value: T, depth: Int, into out: inout [UInt8]) throws {
        let sink = JSONSink(pretty: true)
        swap(&sink.out, &out)
        defer { swap(&sink.out, &out) }
        try sink.write(value, depth: depth, top: true)
    }

    /// The same with no line breaks or indentation, as `JSONEncoder` writes it without `.prettyPrinted`.
    static func encodeCompact<T: Encodable>(_ value: T) throws -> [UInt8] {
        let sink = JSONSink(pretty: false)
        try sink.write(value, depth: 0, top: true)
        return sink.out
    }
}

/// The bytes written so far, shared by the encoders of one document's nested values.
final class JSONSink {
    @exclusivity(unchecked) var out: [UInt8] = []
    let pretty: Bool

    init(pretty: Bool) {
        self.pretty = pretty
    }

    /// One value at `depth`. A value that encodes nothing is `null`, or `{}` at the top, as JSONEncoder has it.
    /// Scalars are told by their type, compared as metatypes: a dynamic cast per value, four of them
    /// failing for every list and object, cost more than writing the value.
    func write<T: Encodable>(_ value: T, depth: Int, top: Bool = false) throws {
        if T.self == String.self { return appendString(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return append(unsafeBitCast(value, to: Int.self)) }
        if T.self == Double.self { return try append(unsafeBitCast(value, to: Double.self)) }
        if T.self == Bool.self { return append(unsafeBitCast(value, to: Bool.self)) }
        let encoder = StreamEncoder(sink: self, depth: depth)
        try value.encode(to: encoder)
        encoder.finish(top: top)
    }

    func append(_ number: Int) {
        out += String(number).utf8
    }

    func append(_ flag: Bool) {
        out += (flag ? "true" : "false").utf8
    }

    func append(_ number: Double) throws {
        guard number.isFinite else { throw PrettyJSON.InvalidValue(description: "\(number) is not a JSON number") }
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        out += text.utf8
    }

    /// A line break and the indentation of `depth` levels, when pretty-printing.
    func newline(_ depth: Int) {
        guard pretty else { return }
        // Copied from a line already made: appending a repeated element went byte by byte.
        let wanted = 1 + depth * 2
        let count = min(wanted, indentation.count)
        indentation.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count])) }
        if count < wanted { out += repeatElement(0x20, count: wanted - count) }
    }

    /// Starts entry `index` of an object or list at `depth`: the separator and the entry's line.
    func beginEntry(_ index: Int, depth: Int) {
        if index > 0 { out.append(0x2C) }
        newline(depth + 1)
    }

    /// A member's key and the colon after it.
    func appendKey(_ key: String) {
        appendString(key)
        if pretty { out.append(0x20) }
        out.append(0x3A)
        if pretty { out.append(0x20) }
    }

    /// Closes an object or list at `depth` that holds `count` entries; an empty one has a blank line
    /// when pretty-printing, as JSONEncoder writes it.
    func close(count: Int, depth: Int, bracket: UInt8) {
        if count == 0, pretty { out.append(0x0A) }
        newline(depth)
        out.append(bracket)
    }

    /// A line break and 64 spaces. The sink's own, not one shared by the threads that encode at once,
    /// whose reference counting would bounce between the cores.
    private let indentation: [UInt8] = [0x0A] + [UInt8](repeating: 0x20, count: 64)

    func appendString(_ text: String) {
        out.append(0x22)
        var text = text
        text.withUTF8 { appendEscaped(bytes: $0) }
        out.append(0x22)
    }

    /// Runs of bytes that need no escape are copied whole.
    private func appendEscaped(bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        for i in bytes.indices where bytes[i] < 0x20 || bytes[i] == 0x22 || bytes[i] == 0x5C {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            start = i + 1
            let byte = bytes[i]
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, 0x62]
            case 0x0C: out += [0x5C, 0x66]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            default:
                let hex = Array("0123456789abcdef".utf8)
                out += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }
}
