import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over all cores, results in the original order; for per-document work. Inlinable,
    /// so that each use is specialized for its types: generic code moves each result through the
    /// type's value witnesses, which costs more than the work of a small transform.
    @inlinable
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let chunk = Swift.max(1, count / 64)
        let chunks = (count + chunk - 1) / chunk
        return withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            return ConcurrentSlots.fill(count: count, iterations: chunks) { c, slots in
                for i in (c * chunk)..<Swift.min(count, c * chunk + chunk) {
                    slots[i] = transform(input[i])
                }
            }
        }
    }
}

/// Results of concurrent work, one slot each. The slots are reached through one buffer pointer
/// taken before the work starts: mutating a shared array from several threads at once races on the
/// array itself, and lost results (a crash in a test run) showed it.
public enum ConcurrentSlots {
    /// Runs `body(iteration, slots)` for each iteration on all cores; every slot must be filled by
    /// exactly one iteration.
    @inlinable
    public static func fill<T>(
        count: Int, iterations: Int, _ body: (Int, UnsafeMutableBufferPointer<T?>) -> Void
    ) -> [T] {
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            withoutActuallyEscaping(body) { body in
                nonisolated(unsafe) let work = body
                DispatchQueue.concurrentPerform(iterations: iterations) { work($0, slots) }
            }
        }
        return results.map { $0! }
    }
}
