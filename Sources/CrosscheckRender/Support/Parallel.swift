import Dispatch

/// Work spread over all cores one item at a time, started in a chosen order, results in place.
/// Used where a few items (the data files, the index pages) outweigh thousands of small ones:
/// starting those first keeps one core from finishing them alone at the end.
enum Parallel {
    static func map<T: Sendable>(count: Int, startingWith first: [Int] = [], _ body: @Sendable (Int) -> T) -> [T] {
        var seen = Set<Int>()
        let order = (first.filter { $0 >= 0 && $0 < count } + Array(0..<count)).filter { seen.insert($0).inserted }
        let results = Slots<T>(count: count)
        order.withUnsafeBufferPointer { order in
            nonisolated(unsafe) let order = order
            DispatchQueue.concurrentPerform(iterations: count) { i in
                results.set(order[i], body(order[i]))
            }
        }
        return results.values()
    }
}

/// Each slot is written by exactly one iteration, so no lock is needed.
private final class Slots<T>: @unchecked Sendable {
    private var storage: [T?]

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: T) {
        storage.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [T] {
        storage.map { $0! }
    }
}
