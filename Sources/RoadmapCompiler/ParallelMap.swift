import Dispatch

/// Maps over an array on all cores, keeping the order. Each slot is written by exactly one
/// iteration and read only after all have finished, which is why the unchecked buffer is safe.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        // Chunks amortise scheduling; small enough to balance uneven file sizes.
        let chunk = max(1, min(64, items.count / 32))
        let chunks = (items.count + chunk - 1) / chunk
        items.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in (c * chunk)..<min(items.count, (c + 1) * chunk) { results.set(i, transform(input[i])) }
            }
        }
        return results.values()
    }
}

/// Raw memory, not an `Array`: `Array.withUnsafeMutableBufferPointer` swaps the array out for the
/// duration of the call, so two threads writing through it at once corrupt the heap.
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
