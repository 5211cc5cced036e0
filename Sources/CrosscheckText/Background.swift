import Dispatch

/// Work started on another thread and collected later. Steps that run on one thread leave the
/// other cores idle; independent work started beside them fills those cores.
public final class Background<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var value: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: group) { self.value = work() }
    }

    /// The value, once the work is done; waits for it.
    public func wait() -> Value {
        group.wait()
        return value!
    }
}
