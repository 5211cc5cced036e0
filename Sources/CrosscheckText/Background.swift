import Dispatch

/// Work started on another thread and collected later. Steps that run on one thread leave the
/// other cores idle; independent work started beside them fills those cores.
public final class Background<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var value: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: group) { self.value = work() }
    }

    /// The value, once the work is done; waits for it. Asked for once: the value is handed over, not
    /// kept here too, so that whoever takes it decides when (and on which thread) it is freed.
    public func wait() -> Value {
        group.wait()
        defer { value = nil }
        return value!
    }
}

extension Background where Value == Void {
    /// Frees a large value on another thread. Letting go of a stage's working data (millions of
    /// strings and arrays) took a fifth of a second on one core at ten thousand articles, while the
    /// other core waited for the next stage.
    public static func release<T: Sendable>(_ value: consuming T) {
        let box = Box(value)
        DispatchQueue.global().async { box.value = nil }
    }

    private final class Box<T: Sendable>: @unchecked Sendable {
        var value: T?
        init(_ value: consuming T) { self.value = value }
    }
}
