import Dispatch

/// The one order-keeping parallel map: `(0..<count).map(body)` on all cores, results in index
/// order whatever order the work finishes in. Used by the compiler (files), the history miner
/// (runs of file versions), the history walker (runs of commits) and the site (cards, pages).
public enum ParallelMap {
    /// Calls `body` once for every index in `0..<count`, `chunk` consecutive indices per task
    /// (bigger chunks amortise scheduling, smaller ones balance uneven work).
    public static func map<R: Sendable>(count: Int, chunk: Int = 1, _ body: @Sendable (Int) -> R) -> [R] {
        guard count > 1 else { return (0..<max(0, count)).map(body) }
        let chunk = max(1, chunk)
        let slots = ResultSlots<R>(count: count)
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
            for i in (c * chunk)..<min(count, (c + 1) * chunk) { slots.set(i, body(i)) }
        }
        return slots.values()
    }

    /// `items.map(transform)` on all cores, in chunks sized for many small, uneven items (files).
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        map(count: items.count, chunk: max(1, min(64, items.count / 32))) { transform(items[$0]) }
    }
}

/// Raw memory, not an `Array`: `Array.withUnsafeMutableBufferPointer` swaps the array out for the
/// duration of the call, so two threads writing through it at once corrupt the heap. Each slot is
/// written by exactly one iteration and read only after `concurrentPerform` has returned, which
/// is what makes the unchecked sendability sound.
private final class ResultSlots<R>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<R?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ i: Int, _ value: R) { buffer[i] = value }
    func values() -> [R] { buffer.map { $0! } }
}
