/// JSON as `JSONEncoder` writes it with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`,
/// byte for byte, for the plain value types of report.json. Foundation's encoder builds boxed values
/// for every field and cost more than rendering all the pages that hold the same text.
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
        let encoder = NodeEncoder()
        try value.encode(to: encoder)
        write(encoder.storage.node ?? .object(NodeBox.Members()), depth: depth, into: &out)
    }

    /// The same with no line breaks or indentation, as `JSONEncoder` writes it without `.prettyPrinted`.
    static func encodeCompact<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = NodeEncoder()
        try value.encode(to: encoder)
        var out: [UInt8] = []
        writeCompact(encoder.storage.node ?? .object(NodeBox.Members()), into: &out)
        return out
    }

    fileprivate indirect enum Node {
        /// A number, `true`, `false`, `null` or a quoted string, ready to write.
        case scalar([UInt8])
        case object(NodeBox.Members)
        case array(NodeBox.Items)
    }

    private static func write(_ node: Node, depth: Int, into out: inout [UInt8]) {
        switch node {
        case .scalar(let bytes):
            out += bytes
        case .object(let object):
            let members = object.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            writeContainer(0x7B, 0x7D, members.count, depth: depth, into: &out) { k, out in
                appendString(members[k].key, to: &out)
                out += [0x20, 0x3A, 0x20]
                write(members[k].value.node ?? null, depth: depth + 1, into: &out)
            }
        case .array(let array):
            writeContainer(0x5B, 0x5D, array.items.count, depth: depth, into: &out) { k, out in
                write(array.items[k].node ?? null, depth: depth + 1, into: &out)
            }
        }
    }

    private static func writeCompact(_ node: Node, into out: inout [UInt8]) {
        switch node {
        case .scalar(let bytes):
            out += bytes
        case .object(let object):
            out.append(0x7B)
            for (k, member) in object.members.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
                if k > 0 { out.append(0x2C) }
                appendString(member.key, to: &out)
                out.append(0x3A)
                writeCompact(member.value.node ?? null, into: &out)
            }
            out.append(0x7D)
        case .array(let array):
            out.append(0x5B)
            for k in array.items.indices {
                if k > 0 { out.append(0x2C) }
                writeCompact(array.items[k].node ?? null, into: &out)
            }
            out.append(0x5D)
        }
    }

    /// `{` or `[`, one entry a line one level in, then the closing mark; an empty one holds a blank line.
    private static func writeContainer(
        _ open: UInt8, _ close: UInt8, _ count: Int, depth: Int, into out: inout [UInt8],
        _ entry: (Int, inout [UInt8]) -> Void
    ) {
        out += [open, 0x0A]
        if count == 0 { out.append(0x0A) }
        for k in 0..<count {
            indent(depth + 1, &out)
            entry(k, &out)
            if k < count - 1 { out.append(0x2C) }
            out.append(0x0A)
        }
        indent(depth, &out)
        out.append(close)
    }

    fileprivate static var null: Node { .scalar(Array("null".utf8)) }

    private static func indent(_ depth: Int, _ out: inout [UInt8]) {
        out += repeatElement(0x20, count: depth * 2)
    }

    fileprivate static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { appendEscaped(bytes: $0, to: &out) }
        out.append(0x22)
    }

    /// Runs of bytes that need no escape are copied whole.
    private static func appendEscaped(bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
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

    fileprivate static func scalar(_ text: String) -> Node {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendString(text, to: &bytes)
        return .scalar(bytes)
    }

    fileprivate static func scalar(_ number: Int) -> Node { .scalar(Array(String(number).utf8)) }

    fileprivate static func scalar(_ flag: Bool) -> Node { .scalar(Array((flag ? "true" : "false").utf8)) }

    fileprivate static func scalar(_ number: Double) throws -> Node {
        guard number.isFinite else { throw InvalidValue(description: "\(number) is not a JSON number") }
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .scalar(Array(text.utf8))
    }
}

/// Where a value's node goes once it is encoded: a slot in an object or an array, or the top.
fileprivate final class NodeBox {
    var node: PrettyJSON.Node?

    final class Members {
        var members: [(key: String, value: NodeBox)] = []
    }

    final class Items {
        var items: [NodeBox] = []
    }
}

private final class NodeEncoder: Encoder {
    let storage: NodeBox
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ storage: NodeBox = NodeBox()) {
        self.storage = storage
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let object) = storage.node { return KeyedEncodingContainer(Keyed(object: object)) }
        let object = NodeBox.Members()
        storage.node = .object(object)
        return KeyedEncodingContainer(Keyed(object: object))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if case .array(let array) = storage.node { return Unkeyed(array: array) }
        let array = NodeBox.Items()
        storage.node = .array(array)
        return Unkeyed(array: array)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        Single(storage: storage)
    }

    /// The node of any value, with the kinds report.json uses written directly.
    /// Scalars are told by their type, compared as metatypes: a dynamic cast per value, four of them
    /// failing for every list and object, cost more than writing the value.
    static func node<T: Encodable>(_ value: T) throws -> PrettyJSON.Node? {
        if T.self == String.self { return PrettyJSON.scalar(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return PrettyJSON.scalar(unsafeBitCast(value, to: Int.self)) }
        if T.self == Double.self { return try PrettyJSON.scalar(unsafeBitCast(value, to: Double.self)) }
        if T.self == Bool.self { return PrettyJSON.scalar(unsafeBitCast(value, to: Bool.self)) }
        let encoder = NodeEncoder()
        try value.encode(to: encoder)
        return encoder.storage.node
    }


    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let object: NodeBox.Members
        var codingPath: [CodingKey] = []

        private func slot(_ key: Key) -> NodeBox {
            let box = NodeBox()
            object.members.append((key.stringValue, box))
            return box
        }

        mutating func encodeNil(forKey key: Key) throws {
            slot(key).node = PrettyJSON.null
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            slot(key).node = try NodeEncoder.node(value)
        }

        // The types synthesized encoding names directly, written without the generic path.
        mutating func encode(_ value: String, forKey key: Key) throws { slot(key).node = PrettyJSON.scalar(value) }
        mutating func encode(_ value: Int, forKey key: Key) throws { slot(key).node = PrettyJSON.scalar(value) }
        mutating func encode(_ value: Double, forKey key: Key) throws { slot(key).node = try PrettyJSON.scalar(value) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { slot(key).node = PrettyJSON.scalar(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            NodeEncoder(slot(key)).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            NodeEncoder(slot(key)).unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder {
            NodeEncoder(slot(Key(stringValue: "super")!))
        }

        mutating func superEncoder(forKey key: Key) -> Encoder {
            NodeEncoder(slot(key))
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let array: NodeBox.Items
        var codingPath: [CodingKey] = []
        var count: Int { array.items.count }

        private func slot() -> NodeBox {
            let box = NodeBox()
            array.items.append(box)
            return box
        }

        mutating func encodeNil() throws {
            slot().node = PrettyJSON.null
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            slot().node = try NodeEncoder.node(value)
        }

        mutating func encode(_ value: String) throws { slot().node = PrettyJSON.scalar(value) }
        mutating func encode(_ value: Int) throws { slot().node = PrettyJSON.scalar(value) }
        mutating func encode(_ value: Double) throws { slot().node = try PrettyJSON.scalar(value) }
        mutating func encode(_ value: Bool) throws { slot().node = PrettyJSON.scalar(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            NodeEncoder(slot()).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            NodeEncoder(slot()).unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder {
            NodeEncoder(slot())
        }
    }

    struct Single: SingleValueEncodingContainer {
        let storage: NodeBox
        var codingPath: [CodingKey] = []

        mutating func encodeNil() throws {
            storage.node = PrettyJSON.null
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            storage.node = try NodeEncoder.node(value)
        }
    }
}
