import CrosscheckText

/// Runs independent per-document work on all cores; results come back in input order, so the
/// output does not depend on scheduling.
enum Parallel {
    static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        let chunks = min(count, 64)
        return ConcurrentSlots.fill(count: count, iterations: chunks) { chunk, slots in
            // Each chunk writes only its own slots.
            var i = chunk
            while i < count {
                slots[i] = body(i)
                i += chunks
            }
        }
    }
}
