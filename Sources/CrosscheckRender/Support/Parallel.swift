import CrosscheckText

/// Work spread over all cores one item at a time, started in a chosen order, results in place.
/// Used where a few items (the data files, the index pages) outweigh thousands of small ones:
/// starting those first keeps one core from finishing them alone at the end.
enum Parallel {
    static func map<T: Sendable>(count: Int, startingWith first: [Int] = [], _ body: @Sendable (Int) -> T) -> [T] {
        var seen = Set<Int>()
        let order = (first.filter { $0 >= 0 && $0 < count } + Array(0..<count)).filter { seen.insert($0).inserted }
        return ConcurrentSlots.fill(count: count, iterations: count) { i, slots in
            slots[order[i]] = body(order[i])
        }
    }
}
