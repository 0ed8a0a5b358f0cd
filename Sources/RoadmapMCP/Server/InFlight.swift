import Foundation

/// Counts the requests being answered, so that the server, when its input ends, can finish the
/// answers a client sent just before closing (`printf '…' | roadmap mcp`) instead of dropping them.
final class InFlight: @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0

    func run<T>(_ body: () throws -> T) rethrows -> T {
        lock.withLock { running += 1 }
        defer { lock.withLock { running -= 1 } }
        return try body()
    }

    /// Returns once nothing has been running for `quiet` (the SDK starts each request's task
    /// after reading it, so a request read just before the end may not have started yet).
    func drain(quiet: Duration = .milliseconds(200), poll: Duration = .milliseconds(20)) async {
        var idle: Duration = .zero
        while idle < quiet {
            try? await Task.sleep(for: poll)
            idle = lock.withLock { running } == 0 ? idle + poll : .zero
        }
    }
}
