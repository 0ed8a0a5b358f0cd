import FlyingFox
import FlyingSocks

/// The bytes of one Server-Sent Events response, as FlyingFox streams a body of unknown length
/// (chunked): each event is written as soon as it is sent, and the response ends when the stream
/// finishes (server shutdown) or the client goes away (FlyingFox stops reading it, the stream is
/// released and its termination handler unsubscribes the client).
struct EventStreamBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let events: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(base: events.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            guard await fill() else { return nil }
            return pending.popFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            guard await fill() else { return nil }
            let out = pending.prefix(Swift.max(count, 1))
            pending = pending.dropFirst(out.count)
            return out
        }

        private mutating func fill() async -> Bool {
            while pending.isEmpty {
                guard let next = await base.next() else { return false }
                pending = next[...]
            }
            return true
        }
    }
}

/// One event in the `text/event-stream` format: `data` may not contain line breaks (JSON
/// written without them never does).
func serverSentEvent(_ name: String, data: String) -> [UInt8] {
    Array("event: \(name)\ndata: \(data)\n\n".utf8)
}
