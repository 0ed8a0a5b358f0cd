import FlyingFox
import FlyingSocks
import Foundation
import RoadmapDriver

/// `roadmap serve`'s HTTP side: the live preview's in-memory site over HTTP/1.1, with a
/// Server-Sent Events stream per open page.
///
/// FlyingFox serves it: of the servers in reach (Hummingbird and Vapor on SwiftNIO, FlyingFox on
/// plain sockets with async/await) it is the one that adds no event-loop framework to the binary
/// and builds in seconds, and a preview needs neither HTTP/2 nor TLS. It parses the requests;
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

    public let preview: LivePreview
    public let host: String
    /// The port asked for; 0 when any free one would do.
    public let requestedPort: UInt16
    private let server: HTTPServer
    private let hub: EventHub
    private let latestProblems: Latest<String>

    /// `host`: an IPv4 or IPv6 literal, or `localhost`; `port` 0 picks a free one.
    public init(preview: LivePreview, host: String = "127.0.0.1", port: UInt16 = 4000) throws(Failure) {
        self.preview = preview
        self.host = host
        requestedPort = port
        let address: any SocketAddress
        do {
            switch host {
            case "localhost": address = try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
            case _ where host.contains(":"): address = try sockaddr_in6.inet6(ip6: host, port: port)
            default: address = try sockaddr_in.inet(ip4: host, port: port)
            }
        } catch {
            throw .badHost(host)
        }
        let hub = EventHub()
        let latest = Latest(ProblemsJSON.none)
        self.hub = hub
        latestProblems = latest
        server = HTTPServer(
            config: .init(address: address, timeout: 30, logger: .disabled),
            handler: PreviewHandler(preview: preview, hub: hub, problems: { latest.value }, anyHost: !Self.isLoopback(host)))
    }

    /// Whether `host` reaches only this machine.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Listens until `stop()`; calls `listening` with the port once connections are accepted.
    /// The server, its connections and the heartbeat are child tasks of the caller's, so they
    /// run where the caller asked (a task executor) and end with it.
    public func run(listening: @escaping @Sendable (UInt16) -> Void) async throws(Failure) {
        let server = server, hub = hub
        let failed = Latest<(any Error)?>(nil)
        let outcome: Failure? = await withTaskGroup(of: Failure?.self) { group in
            group.addTask {
                do { try await server.run() } catch {
                    failed.value = error
                    return self.failure(error)
                }
                return nil
            }
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(15))
                    hub.heartbeat()
                }
                return nil
            }
            // Polled rather than `waitUntilListening`, which would wait out its whole timeout
            // when binding failed (a port in use must be reported at once).
            let deadline = ContinuousClock.now + .seconds(10)
            while !(await server.isListening) {
                if let error = failed.value {
                    group.cancelAll()
                    return self.failure(error)
                }
                guard ContinuousClock.now < deadline else {
                    group.cancelAll()
                    return .cannotListen("the server did not start listening within 10 seconds")
                }
                try? await Task.sleep(for: .milliseconds(5))
            }
            listening(await self.port ?? 0)
            // The heartbeat ends only when cancelled, so the first child to end is the server.
            let ended = await group.next() ?? nil
            group.cancelAll()
            return ended
        }
        if let outcome { throw outcome }
    }

    /// What a failure of the server means to the user; nil for the ways it ends when stopped.
    private func failure(_ error: any Error) -> Failure? {
        if error is CancellationError { return nil }
        if case SocketError.disconnected = error { return nil }
        if case SocketError.failed(_, let code, let message) = error {
            return code == EADDRINUSE ? .portInUse(host: host, port: requestedPort) : .cannotListen(message)
        }
        return .cannotListen(error.localizedDescription)
    }

    /// The port listened on, once listening.
    public var port: UInt16? {
        get async {
            switch await server.listeningAddress {
            case .ip4(_, let port), .ip6(_, let port): port
            default: nil
            }
        }
    }

    /// Tells open pages what `update` changed: pages whose bytes changed reload, every page gets
    /// the new problems.
    public func publish(_ update: PreviewUpdate) {
        let problems = update.problemsChanged || update.failure != nil ? ProblemsJSON.of(update) : nil
        if let problems { latestProblems.value = problems }
        hub.publish(changed: update.changedPages, problems: problems)
    }

    /// How many pages are listening for events.
    public var openPages: Int { hub.count }

    /// How many times a page has started listening (each load and reload of a page).
    public var pagesConnected: Int { hub.accepted }

    /// Ends every event stream and stops listening; the port is free when this returns.
    public func stop() async {
        hub.closeAll()
        // FlyingFox's accept loop is not woken by closing the socket, so it always waits the
        // whole grace period before cancelling: keep it short, enough for a response in flight.
        await server.stop(timeout: 0.1)
    }
}

/// A value shared between the server's tasks.
final class Latest<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
