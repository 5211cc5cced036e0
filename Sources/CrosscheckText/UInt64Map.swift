/// A hash table with 64-bit keys (word pairs, shingle hashes): open addressing with linear probing,
/// each key spread by one multiplication (Fibonacci hashing). `Dictionary` hashes every key with
/// SipHash; where keys are looked up millions of times, that hash was most of the cost. Lookups only:
/// nothing iterates it, so no order can leak into the output. Inlinable, so that it is specialised
/// where it is used: a generic table called across modules cost more than the hash it saves.
public struct UInt64Map<Value> {
    @usableFromInline var keys: [UInt64]
    /// nil marks an empty slot.
    @usableFromInline var values: [Value?]
    /// 64 − log2(capacity): the top bits of the spread key pick the slot.
    @usableFromInline var shift: Int
    /// Keys held.
    @usableFromInline var filled = 0
    public var count: Int { filled }

    @inlinable public init(minimumCapacity: Int = 0) {
        var capacity = 16
        while capacity < 2 * minimumCapacity { capacity *= 2 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        shift = 64 - capacity.trailingZeroBitCount
    }

    @inlinable public subscript(key: UInt64) -> Value? {
        values[find(key)]
    }

    /// The value for `key`, set to `defaultValue` first when there is none; changed in place.
    @inlinable public subscript(key: UInt64, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[key] ?? defaultValue() }
        _modify {
            let slot = place(key, defaultValue())
            // Moved out and back, so that the value is not shared while it changes.
            var value = values[slot].take()!
            defer { values[slot] = value }
            yield &value
        }
    }

    /// Sets the value for `key`; returns the value it replaced.
    @discardableResult @inlinable public mutating func updateValue(_ value: Value, forKey key: UInt64) -> Value? {
        let slot = find(key)
        if values[slot] == nil {
            _ = place(key, value)
            return nil
        }
        let old = values[slot]
        values[slot] = value
        return old
    }

    /// The slot that holds `key`, or the empty slot where it would go.
    @inlinable func find(_ key: UInt64) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
        while values[slot] != nil, keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    /// The slot of `key`, which is added with `value` if absent; the table grows to stay at most half full.
    @inlinable mutating func place(_ key: UInt64, _ value: @autoclosure () -> Value) -> Int {
        var slot = find(key)
        guard values[slot] == nil else { return slot }
        if 2 * (filled + 1) > keys.count {
            grow()
            slot = find(key)
        }
        keys[slot] = key
        values[slot] = value()
        filled += 1
        return slot
    }

    @inlinable mutating func grow() {
        var larger = UInt64Map(minimumCapacity: keys.count)
        for slot in keys.indices {
            if let value = values[slot].take() { _ = larger.place(keys[slot], value) }
        }
        self = larger
    }
}

extension UInt64Map: Sendable where Value: Sendable {}
