import Dispatch

/// Runs independent per-document work on all cores; results come back in input order, so the
/// output does not depend on scheduling.
enum Parallel {
    static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        var results = [T?](repeating: nil, count: count)
        let chunks = min(count, 64)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            withoutActuallyEscaping(body) { body in
                nonisolated(unsafe) let work = body
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    // Each chunk writes only its own slots.
                    var i = chunk
                    while i < count {
                        slots[i] = work(i)
                        i += chunks
                    }
                }
            }
        }
        return results.map { $0! }
    }
}
