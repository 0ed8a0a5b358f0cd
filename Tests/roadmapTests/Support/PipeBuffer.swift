import Foundation

/// A pipe's bytes as they arrive, read on a thread of its own, for tests that wait for output.
final class PipeBuffer: @unchecked Sendable {
    private let condition = NSCondition()
    private var data = Data()
    private var ended = false

    init(_ handle: FileHandle) {
        Thread { [self] in
            while true {
                let chunk = handle.availableData
                condition.lock()
                if chunk.isEmpty { ended = true } else { data += chunk }
                condition.broadcast()
                condition.unlock()
                if chunk.isEmpty { return }
            }
        }.start()
    }

    var bytes: Data { condition.withLock { data } }

    /// What `look` finds in the bytes so far, asked again as more arrive, until it finds
    /// something, the pipe ends or `seconds` pass.
    func wait<T>(seconds: Double, _ look: (Data) -> T?) -> T? {
        let deadline = Date().addingTimeInterval(seconds)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let found = look(data) { return found }
            if ended || !condition.wait(until: deadline) { return nil }
        }
    }

    func waitForEnd() {
        condition.lock()
        defer { condition.unlock() }
        while !ended { condition.wait() }
    }
}
