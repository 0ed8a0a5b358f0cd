import Synchronization

/// A value shared between threads behind a lock: the project's one such box, the standard
/// library's `Mutex` (which cannot be copied) made shareable as a reference.
public final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    public init(_ value: Value) { mutex = Mutex(value) }

    /// Runs `body` with the value, which it may change, while no other thread can.
    public func withLock<Result: Sendable>(_ body: (inout Value) -> Result) -> Result {
        mutex.withLock { value in body(&value) }
    }

    public var value: Value {
        get { withLock { $0 } }
        set { withLock { $0 = newValue } }
    }

    /// The value `make` gives, made by the first caller to ask; later callers wait for it and share it.
    public func once<Wrapped: Sendable>(_ make: () -> Wrapped) -> Wrapped where Value == Wrapped? {
        withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
