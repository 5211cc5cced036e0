import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over all cores, results in the original order; for per-document work.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ResultBox<T>(count: count)
        let chunk = Swift.max(1, count / 64)
        let chunks = (count + chunk - 1) / chunk
        self.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let lower = c * chunk
                let upper = Swift.min(count, lower + chunk)
                for i in lower..<upper {
                    results.set(i, transform(input[i]))
                }
            }
        }
        return results.values()
    }
}

/// Each slot is written by exactly one iteration, so no lock is needed.
private final class ResultBox<T>: @unchecked Sendable {
    private var storage: [T?]

    init(count: Int) {
        storage = Array<T?>(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: T) {
        storage.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [T] {
        storage.map { $0! }
    }
}
