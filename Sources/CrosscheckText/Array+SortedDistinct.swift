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
