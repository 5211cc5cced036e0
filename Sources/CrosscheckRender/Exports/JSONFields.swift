/// An object written straight into a pretty-printing sink, field by field, as `JSONEncoder` writes
/// it with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`. The caller gives the keys in
/// sorted order. For the long lists of report.json: going through `Encodable` cost a container box,
/// an encoder and a generic call per field, more than writing the field's bytes.
struct JSONFields {
    let sink: JSONSink
    let depth: Int
    private var count = 0

    /// Writes `{`, the fields `body` gives, and `}`; `depth` is the object's own level.
    static func object(_ sink: JSONSink, depth: Int, _ body: (inout JSONFields) throws -> Void) rethrows {
        sink.out.append(0x7B)
        var fields = JSONFields(sink: sink, depth: depth)
        try body(&fields)
        sink.close(count: fields.count, depth: depth, bracket: 0x7D)
    }

    /// Starts a field whose value the caller writes next, at `depth + 1`.
    mutating func key(_ key: String) {
        sink.beginEntry(count, depth: depth)
        count += 1
        sink.appendKey(key)
    }

    mutating func string(_ key: String, _ value: String) {
        self.key(key)
        sink.appendString(value)
    }

    /// Left out when nil, as `encodeIfPresent` (and synthesized encoding of an optional) does.
    mutating func string(_ key: String, ifPresent value: String?) {
        if let value { string(key, value) }
    }

    /// `null` when nil, as `encode` of an optional does.
    mutating func string(_ key: String, orNull value: String?) {
        self.key(key)
        if let value { sink.appendString(value) } else { sink.out += "null".utf8 }
    }

    mutating func int(_ key: String, _ value: Int) {
        self.key(key)
        sink.append(value)
    }

    mutating func double(_ key: String, _ value: Double) throws {
        self.key(key)
        try sink.append(value)
    }

    mutating func double(_ key: String, ifPresent value: Double?) throws {
        if let value { try double(key, value) }
    }

    mutating func bool(_ key: String, _ value: Bool) {
        self.key(key)
        sink.append(value)
    }

    mutating func strings(_ key: String, _ values: [String]) {
        list(key, values) { sink, value, _ in sink.appendString(value) }
    }

    /// A list whose items `write` puts at `depth`, the level inside the list.
    mutating func list<T>(_ key: String, _ items: [T], _ write: (JSONSink, T, _ depth: Int) throws -> Void) rethrows {
        self.key(key)
        sink.out.append(0x5B)
        for (n, item) in items.enumerated() {
            sink.beginEntry(n, depth: depth + 1)
            try write(sink, item, depth + 2)
        }
        sink.close(count: items.count, depth: depth + 1, bracket: 0x5D)
    }
}
