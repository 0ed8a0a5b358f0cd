import Foundation

/// The pages open in browsers, each listening for events about itself. Bounded: past `limit`
/// listeners a new one is refused (503) rather than letting a runaway client grow the server.
final class EventHub: @unchecked Sendable {
    private struct Listener {
        let page: String
        let continuation: AsyncStream<[UInt8]>.Continuation
    }

    let limit: Int
    private let lock = NSLock()
    private var listeners: [Int: Listener] = [:]
    private var nextID = 0

    init(limit: Int = 1000) { self.limit = limit }

    var count: Int { lock.withLock { listeners.count } }


    /// A stream for a page at `page` (a site path), starting with `first`; nil when full.
    func listen(page: String, first: [UInt8]) -> AsyncStream<[UInt8]>? {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(16))
        let id: Int? = lock.withLock {
            guard listeners.count < limit else { return nil }
            nextID += 1
            listeners[nextID] = Listener(page: page, continuation: continuation)
            return nextID
        }
        guard let id else { return nil }
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            _ = self.lock.withLock { self.listeners.removeValue(forKey: id) }
        }
        continuation.yield(first)
        return stream
    }

    /// Tells pages in `changed` to reload and, when `problems` is given, every page the new
    /// problems.
    func publish(changed: Set<String>, problems: String?) {
        let targets = lock.withLock { Array(listeners.values) }
        let reload = serverSentEvent("reload", data: "{}")
        for listener in targets {
            if changed.contains(listener.page) {
                listener.continuation.yield(reload)
            } else if let problems {
                listener.continuation.yield(serverSentEvent("problems", data: problems))
            }
        }
    }

    /// A comment line: keeps proxies from closing idle streams, and finds clients that are gone
    /// (writing to them fails, which ends their stream).
    func heartbeat() {
        let targets = lock.withLock { Array(listeners.values) }
        for listener in targets { listener.continuation.yield(Array(": keep-alive\n\n".utf8)) }
    }

    /// Ends every stream, so their responses finish and the server can stop.
    func closeAll() {
        let targets = lock.withLock { Array(listeners.values) }
        for listener in targets { listener.continuation.finish() }
    }
}
