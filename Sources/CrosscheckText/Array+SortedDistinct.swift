extension Array where Element: Comparable {
    /// The elements sorted, each once: cheaper than a set for hashes that are then walked in order.
    /// Inlinable, so that callers get it specialised for their element type.
    @inlinable
    public func sortedDistinct() -> [Element] {
        let sorted = self.sorted()
        var out: [Element] = []
        out.reserveCapacity(sorted.count)
        for element in sorted where out.last != element { out.append(element) }
        return out
    }
}

extension Array where Element: Comparable {
    /// How many elements this sorted list without repeats shares with another: a merge, with no
    /// hashing and no intersection built.
    @inlinable
    public func sortedOverlap(_ other: [Element]) -> Int {
        var i = 0, j = 0, n = 0
        while i < count, j < other.count {
            if self[i] < other[j] {
                i += 1
            } else if self[i] > other[j] {
                j += 1
            } else {
                n += 1
                i += 1
                j += 1
            }
        }
        return n
    }
}

extension Array where Element: Comparable {
    /// Whether this sorted list holds the element: a binary search, with no hashing.
    @inlinable
    public func sortedContains(_ element: Element) -> Bool {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < element { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == element
    }
}
