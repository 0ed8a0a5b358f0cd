import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import RoadmapCore
import RoadmapDriver

/// `roadmap serve`'s HTTP side: the live preview's in-memory site over HTTP/1.1, with a
/// Server-Sent Events stream per open page.
///
/// SwiftNIO serves it (HTTP/1.1 parsing, keep-alive, pipelining, 400s for malformed requests),
/// with its async channels so each connection is a child task of `run`. Of the servers in reach it
/// is the one that brings no other networking stack: Hummingbird and Vapor add frameworks on top
/// of it, and FlyingFox links Foundation's URLSession and with it libcurl, which a binary that
/// runs anywhere must not need. A preview needs neither HTTP/2 nor TLS. NIO parses the requests;
/// this target decides what they may reach.
public final class PreviewServer: Sendable {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case portInUse(host: String, port: UInt16)
        case badHost(String)
        case cannotListen(String)

        public var description: String {
            switch self {
            case let .portInUse(host, port):
                "port \(port) on \(host) is already in use (another `roadmap serve`?); choose another with --port, e.g. --port \(port == 65535 ? 4001 : port + 1)"
            case .badHost(let host): "--host \(host) is not an IP address (use 127.0.0.1, ::1, 0.0.0.0 or localhost)"
            case .cannotListen(let why): "cannot listen: \(why)"
            }
        }
    }

    typealias Connection = NIOAsyncChannel<HTTPServerRequestPart, HTTPPart<HTTPResponseHead, ByteBuffer>>

    public let preview: LivePreview
    public let host: String
    /// The port asked for; 0 when any free one would do.
    public let requestedPort: UInt16
    private let address: SocketAddress
    private let handler: PreviewHandler
    private let hub: EventHub
    private let latestProblems: Locked<String>
    private let listener = Locked<(any Channel)?>(nil)
    private let stopped = Locked(false)

    /// A connection that neither reads nor writes for this long is closed; open pages' event
    /// streams write a heartbeat every 15 seconds, so only abandoned connections reach it.
    static let idleTimeout = TimeAmount.seconds(60)

    /// `host`: an IPv4 or IPv6 literal, or `localhost`; `port` 0 picks a free one.
    public init(preview: LivePreview, host: String = "127.0.0.1", port: UInt16 = 4000) throws(Failure) {
        self.preview = preview
        self.host = host
        requestedPort = port
        do {
            address = try SocketAddress(ipAddress: host == "localhost" ? "127.0.0.1" : host, port: Int(port))
        } catch {
            throw .badHost(host)
        }
        let hub = EventHub()
        let latest = Locked(ProblemsJSON.none)
        self.hub = hub
        latestProblems = latest
        handler = PreviewHandler(preview: preview, hub: hub, problems: { latest.value }, anyHost: !Self.isLoopback(host))
    }

    /// Whether `host` reaches only this machine.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Listens until `stop()`; calls `listening` with the port once connections are accepted
    /// (in a task of its own: requests are answered, with 503 until there is a site, while it
    /// runs). The connections and the heartbeat are child tasks of the caller's and end with it.
    public func run(listening: @escaping @Sendable (UInt16) -> Void) async throws(Failure) {
        let server = try await bind()
        listener.value = server.channel
        if stopped.value { try? await server.channel.close() }
        let port = UInt16(server.channel.localAddress?.port ?? 0)
        let hub = hub
        await withDiscardingTaskGroup { group in
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(15))
                    hub.heartbeat()
                }
            }
            group.addTask { listening(port) }
            try? await server.executeThenClose { connections in
                for try await connection in connections {
                    group.addTask { await self.serve(connection) }
                }
            }
            // Stopped: idle keep-alive connections and the heartbeat end with their tasks.
            group.cancelAll()
        }
    }

    private func bind() async throws(Failure) -> NIOAsyncChannel<Connection, Never> {
        do {
            return try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .serverChannelOption(.backlog, value: 256)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
                .bind(to: address) { channel in
                    channel.eventLoop.makeCompletedFuture { try Self.connection(on: channel) }
                }
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw .portInUse(host: host, port: requestedPort)
        } catch let error as IOError {
            throw .cannotListen(String(cString: strerror(error.errnoCode)) + " (\(host) port \(requestedPort))")
        } catch {
            throw .cannotListen(String(describing: error))
        }
    }

    /// The pipeline of one accepted connection, wrapped for `serve`. A connection accepted just
    /// as the listener closes (Ctrl-C while a client connects) is dropped by NIO before `serve`
    /// sees it, and an async channel freed with its writer unfinished stops the process
    /// ("Deinited NIOAsyncWriter without calling finish()", seen in one test run in six); so the
    /// channel's close finishes the writer and holds the wrapper until then (a dropped
    /// connection closes when idle, or with the process).
    static func connection(on channel: any Channel) throws -> Connection {
        let pipeline = channel.pipeline.syncOperations
        try pipeline.addHandler(IdleStateHandler(allTimeout: Self.idleTimeout))
        try pipeline.addHandler(CloseWhenIdle())
        try pipeline.configureHTTPServerPipeline(withErrorHandling: true)
        try pipeline.addHandler(ByteBufferResponseParts())
        let connection = try Connection(wrappingChannelSynchronously: channel)
        channel.closeFuture.whenComplete { _ in connection.outbound.finish() }
        return connection
    }

    /// Answers the requests of one connection in order (keep-alive, pipelined or not) until the
    /// client closes it, asks to close, or opens an event stream, which holds the connection.
    private func serve(_ connection: Connection) async {
        let handler = handler
        try? await connection.executeThenClose { requests, responses in
            var pending: HTTPRequestHead?
            for try await part in requests {
                // Bodies are not read: only GET and HEAD are answered, and they have none.
                guard case .end = part else {
                    if case .head(let head) = part { pending = head }
                    continue
                }
                guard let request = pending else { continue }
                pending = nil
                let response = handler.respond(to: request)
                var head = HTTPResponseHead(version: request.version, status: response.status, headers: response.headers)
                if !request.isKeepAlive { head.headers.replaceOrAdd(name: "Connection", value: "close") }
                switch response.body {
                case .bytes(let bytes):
                    var parts: [HTTPPart<HTTPResponseHead, ByteBuffer>] = [.head(head)]
                    if !bytes.isEmpty { parts.append(.body(ByteBuffer(bytes: bytes))) }
                    parts.append(.end(nil))
                    try await responses.write(contentsOf: parts)
                    if !request.isKeepAlive { return }
                case .events(let stream):
                    try await responses.write(.head(head))
                    await Self.stream(stream, to: responses, on: connection.channel)
                    return
                }
            }
        }
    }

    /// Writes events until the stream ends (the server stops) or the page goes away (the
    /// connection closes; waiting for the next write to fail would keep a closed page's stream
    /// until the next heartbeat).
    private static func stream(
        _ events: AsyncStream<[UInt8]>, to responses: NIOAsyncChannelOutboundWriter<HTTPPart<HTTPResponseHead, ByteBuffer>>,
        on channel: any Channel
    ) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await channel.closeFuture.get() }
            group.addTask {
                for await event in events {
                    do { try await responses.write(.body(ByteBuffer(bytes: event))) } catch { break }
                }
                try? await responses.write(.end(nil))
                // Ends the wait on closeFuture, which cancellation does not.
                try? await channel.close()
            }
            // Whichever ended first, the channel is closed: the pump closes it itself.
            await group.next()
            group.cancelAll()
        }
    }

    /// Tells open pages what `update` changed: pages whose bytes changed reload, every page gets
    /// the new problems.
    public func publish(_ update: PreviewUpdate) {
        let problems = update.problemsChanged || update.failure != nil ? ProblemsJSON.of(update) : nil
        if let problems { latestProblems.value = problems }
        hub.publish(changed: update.changedPages, problems: problems)
    }

    /// Ends every event stream and stops listening; the port is free when this returns.
    public func stop() async {
        stopped.value = true
        hub.closeAll()
        try? await listener.value?.close()
    }
}

/// Closes a connection that `IdleStateHandler` reports idle.
private final class CloseWhenIdle: ChannelInboundHandler, Sendable {
    typealias InboundIn = NIOAny

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}

/// Lets the async channel write `ByteBuffer` bodies (which are `Sendable`) where the HTTP encoder
/// takes `IOData`.
private final class ByteBufferResponseParts: ChannelOutboundHandler, Sendable {
    typealias OutboundIn = HTTPPart<HTTPResponseHead, ByteBuffer>
    typealias OutboundOut = HTTPServerResponsePart

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(let head): context.write(wrapOutboundOut(.head(head)), promise: promise)
        case .body(let buffer): context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: promise)
        case .end(let trailers): context.write(wrapOutboundOut(.end(trailers)), promise: promise)
        }
    }
}
