import Foundation
import RoadmapCore
import RoadmapLSPProtocol

/// Runs a `LanguageServer` over a byte stream (standard input and output for `roadmap lsp`).
/// One thread reads, so `$/cancelRequest` is seen while the server works on what came before it;
/// the server handles messages in order and compiles when no message is waiting, so a burst of
/// keystrokes costs one compile.
public enum LanguageServerConnection {
    /// Serves until `exit` or the end of the input; returns the exit status (0 after `shutdown`
    /// then `exit`, 1 when the client went away or exited without `shutdown`).
    public static func run(reader: MessageReader, writer: MessageWriter,
                           environment: [String: String] = ProcessInfo.processInfo.environment,
                           currentDirectory: String? = nil, today: CalendarDate? = nil,
                           timings: (([(stage: String, seconds: Double)]) -> Void)? = nil) -> Int32 {
        let inbox = Inbox()
        let server = LanguageServer(environment: environment, currentDirectory: currentDirectory, today: today,
                                    schedule: { work in inbox.put(.task(work)) }, sendAll: { writer.send($0) }) { writer.send($0) }
        server.timings = timings
        let thread = Thread {
            while true {
                // Every message that arrived together is taken in before any is handed over, and
                // cancellations applied with them, so a request and its cancellation sent back to
                // back never race.
                var batch: [Inbox.Item] = []
                var cancels: [RequestID] = []
                var ended = false
                repeat {
                    switch reader.next() {
                    case .message(let bytes):
                        let decoded = IncomingMessage.decode(bytes)
                        if case .success(.notification("$/cancelRequest", let params)) = decoded {
                            if let id = params["id"].flatMap(RequestID.init) { cancels.append(id) }
                        } else {
                            batch.append(.message(decoded))
                        }
                    case .malformed(let reason):
                        batch.append(.message(.failure(IncomingMessage.DecodingFailure(id: nil, error: .parseError(reason)))))
                    case .end:
                        batch.append(.end)
                        ended = true
                    }
                } while !ended && reader.hasWholeMessage
                inbox.put(batch, cancelling: cancels)
                if ended { return }
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
        while true {
            let item = inbox.take()
            if case .task(let work) = item {
                work()
                if inbox.isEmpty { server.publishIfChanged() }
                continue
            }
            guard case .message(let message) = item else { return server.exitStatus ?? 1 }
            if case .success(.request(let id, _, _)) = message, inbox.wasCancelled(id) {
                server.cancelled(id)
            } else {
                server.handle(message)
            }
            if let status = server.exitStatus { return status }
            if inbox.isEmpty { server.publishIfChanged() }
        }
    }
}

/// Messages read and not yet handled, and the ids of requests the client cancelled.
private final class Inbox: @unchecked Sendable {
    enum Item {
        case message(Result<IncomingMessage, IncomingMessage.DecodingFailure>)
        /// Work from another thread (the file watcher's reports).
        case task(@Sendable () -> Void)
        case end
    }

    private let condition = NSCondition()
    private var items: [Item] = []
    private var head = 0
    private var cancelled = Set<RequestID>()

    func put(_ item: Item) { put([item], cancelling: []) }

    /// Adds `batch` and cancels `ids` at once: the handling thread sees both or neither.
    func put(_ batch: [Item], cancelling ids: [RequestID]) {
        condition.lock()
        items += batch
        for id in ids where isWaiting(id) { cancelled.insert(id) }
        condition.signal()
        condition.unlock()
    }

    func take() -> Item {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count { condition.wait() }
        let item = items[head]
        head += 1
        // Handled items are dropped once the queue empties, or in bulk under a steady stream.
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 1024 {
            items.removeFirst(head)
            head = 0
        }
        return item
    }

    var isEmpty: Bool {
        condition.lock()
        defer { condition.unlock() }
        return head == items.count
    }

    /// Whether `id` is a request still waiting (one already answered needs no cancelling, and
    /// remembering it would grow without bound). Called with the lock held.
    private func isWaiting(_ id: RequestID) -> Bool {
        items[head...].contains { item in
            if case .message(.success(.request(let queued, _, _))) = item { return queued == id }
            return false
        }
    }

    /// Whether `id` was cancelled; forgets it either way (ids are not reused).
    func wasCancelled(_ id: RequestID) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled.remove(id) != nil
    }
}
