/// An `Encoder` that writes its value's object or array into a `JSONSink` entry by entry, as the value
/// fills it. Whoever made it finishes it once the value has encoded itself; a container handed out for
/// one entry (`nestedContainer`, `superEncoder`) is finished before the next entry.
final class StreamEncoder: Encoder {
    let sink: JSONSink
    let depth: Int
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private enum State { case empty, scalar, object, array, finished }
    // Only the thread encoding the value touches these: no need to check each access at run time.
    @exclusivity(unchecked) private var state = State.empty
    @exclusivity(unchecked) private var count = 0
    /// Each member's key and where it starts in the sink, for putting members in order of their keys.
    @exclusivity(unchecked) private var members: [(key: String, start: Int)] = []
    @exclusivity(unchecked) private var outOfOrder = false
    @exclusivity(unchecked) private var handedOut: StreamEncoder?

    init(sink: JSONSink, depth: Int) {
        self.sink = sink
        self.depth = depth
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if state == .empty { open(.object) }
        precondition(state == .object, "a value asked for an object after writing something else")
        return KeyedEncodingContainer(Keyed(encoder: self))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if state == .empty { open(.array) }
        precondition(state == .array, "a value asked for a list after writing something else")
        return Unkeyed(encoder: self)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        Single(encoder: self)
    }

    /// Closes the object or array. A value that wrote nothing is `null`, or `{}` at the top, as JSONEncoder has it.
    func finish(top: Bool) {
        finishHandedOut()
        if state == .empty {
            guard top else {
                sink.out += "null".utf8
                state = .finished
                return
            }
            open(.object)
        }
        if state == .object || state == .array {
            if outOfOrder { sortMembers() }
            sink.close(count: count, depth: depth, bracket: state == .object ? 0x7D : 0x5D)
        }
        state = .finished
    }

    private func open(_ kind: State) {
        sink.out.append(kind == .object ? 0x7B : 0x5B)
        state = kind
    }

    /// Starts the next entry: the separator, the line and, in an object, the key.
    fileprivate func entry(_ key: String? = nil) {
        finishHandedOut()
        precondition(state == .object || state == .array, "a value was encoded after its container was finished")
        sink.beginEntry(count, depth: depth)
        count += 1
        guard let key else { return }
        if let last = members.last, !last.key.utf8.lexicographicallyPrecedes(key.utf8) { outOfOrder = true }
        members.append((key, sink.out.count))
        sink.appendKey(key)
    }

    fileprivate func scalar() {
        precondition(state == .empty, "a single value was encoded twice")
        state = .scalar
    }

    /// An encoder for the entry just started, finished before the next one.
    fileprivate func handOut() -> StreamEncoder {
        let encoder = StreamEncoder(sink: sink, depth: depth + 1)
        handedOut = encoder
        return encoder
    }

    private func finishHandedOut() {
        handedOut?.finish(top: false)
        handedOut = nil
    }

    /// Rewrites the members in order of their keys' bytes; members with equal keys keep their order.
    private func sortMembers() {
        let first = members[0].start
        let written = Array(sink.out[first...])
        let separator = 1 + (sink.pretty ? 1 + 2 * (depth + 1) : 0)
        let spans = members.indices.map { k in
            (members[k].start - first)..<(k + 1 < members.count ? members[k + 1].start - separator - first : written.count)
        }
        let order = members.indices.sorted { a, b in
            let (x, y) = (members[a].key.utf8, members[b].key.utf8)
            return x.lexicographicallyPrecedes(y) || (x.elementsEqual(y) && a < b)
        }
        sink.out.removeSubrange(first...)
        for (n, k) in order.enumerated() {
            // The first member's line was written before the members began.
            if n > 0 { sink.beginEntry(n, depth: depth) }
            sink.out += written[spans[k]]
        }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: StreamEncoder
        var codingPath: [CodingKey] { encoder.codingPath }

        mutating func encodeNil(forKey key: Key) throws {
            encoder.entry(key.stringValue)
            encoder.sink.out += "null".utf8
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try write(value, key)
        }

        // The types synthesized encoding names directly, written without the generic path.
        mutating func encode(_ value: String, forKey key: Key) throws { try write(value, key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { try write(value, key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { try write(value, key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { try write(value, key) }

        private func write<T: Encodable>(_ value: T, _ key: Key) throws {
            encoder.entry(key.stringValue)
            try encoder.sink.write(value, depth: encoder.depth + 1)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            encoder.entry(key.stringValue)
            return encoder.handOut().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            encoder.entry(key.stringValue)
            return encoder.handOut().unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder {
            encoder.entry("super")
            return encoder.handOut()
        }

        mutating func superEncoder(forKey key: Key) -> Encoder {
            encoder.entry(key.stringValue)
            return encoder.handOut()
        }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let encoder: StreamEncoder
        var codingPath: [CodingKey] { encoder.codingPath }
        var count: Int { encoder.count }

        mutating func encodeNil() throws {
            encoder.entry()
            encoder.sink.out += "null".utf8
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            encoder.entry()
            try encoder.sink.write(value, depth: encoder.depth + 1)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            encoder.entry()
            return encoder.handOut().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            encoder.entry()
            return encoder.handOut().unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder {
            encoder.entry()
            return encoder.handOut()
        }
    }

    private struct Single: SingleValueEncodingContainer {
        let encoder: StreamEncoder
        var codingPath: [CodingKey] { encoder.codingPath }

        mutating func encodeNil() throws {
            encoder.scalar()
            encoder.sink.out += "null".utf8
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            encoder.scalar()
            try encoder.sink.write(value, depth: encoder.depth)
        }
    }
}
