#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A client that writes request bytes exactly as given, over a plain socket.
///
/// Written by hand on purpose: HTTP client libraries normalise `/../`, `%2e%2e` and backslashes
/// before sending, and those are the requests the server must be seen to refuse. It reads one
/// response (by Content-Length, or until the server closes) or a stream of events.
public struct HTTPProbe: Sendable {
    public let port: UInt16

    public init(port: UInt16) { self.port = port }

    public struct Response: CustomStringConvertible, Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: [UInt8]
        public var text: String { String(decoding: body, as: UTF8.self) }
        public func header(_ name: String) -> String? { headers[name.lowercased()] }
        public var description: String { "\(status) \(headers) \(text.prefix(300))" }
    }

    public enum Failure: Error { case cannotConnect(Int32), timedOut(String), malformed(String) }

    /// One request on its own connection.
    public func send(_ method: String = "GET", _ target: String, headers: [String: String] = [:]) throws -> Response {
        let connection = try Connection(port: port)
        defer { connection.close() }
        try connection.write(Self.request(method, target, headers: headers))
        var buffer: [UInt8] = []
        let deadline = Date().addingTimeInterval(10)
        while true {
            if let response = try Self.parse(buffer, head: method == "HEAD") { return response }
            guard let more = try connection.read(until: deadline) else {
                if let response = try Self.parse(buffer, head: method == "HEAD", closed: true) { return response }
                throw Failure.malformed(String(decoding: buffer, as: UTF8.self))
            }
            buffer += more
        }
    }

    /// An open event stream for `target`; read it with `EventReader.wait(for:)`.
    public func events(_ target: String) throws -> EventReader {
        let connection = try Connection(port: port)
        try connection.write(Self.request("GET", target, headers: ["Accept": "text/event-stream"]))
        return EventReader(connection: connection)
    }

    static func request(_ method: String, _ target: String, headers: [String: String]) -> [UInt8] {
        var headers = headers
        let host = headers.removeValue(forKey: "Host") ?? "127.0.0.1"
        var text = "\(method) \(target) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
        return Array((text + "\r\n").utf8)
    }

    /// A whole response in `bytes`, or nil while more must be read.
    static func parse(_ bytes: [UInt8], head: Bool, closed: Bool = false) throws -> Response? {
        let separator = Array("\r\n\r\n".utf8)
        guard let end = bytes.indices.first(where: { bytes[$0...].starts(with: separator) }) else { return nil }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure.malformed(lines[0]) }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = Array(bytes[(end + 4)...])
        if head || status == 304 || status == 204 { return Response(status: status, headers: headers, body: []) }
        if let length = headers["content-length"].flatMap(Int.init) {
            return body.count >= length ? Response(status: status, headers: headers, body: Array(body.prefix(length))) : nil
        }
        return closed ? Response(status: status, headers: headers, body: body) : nil
    }
}

/// Reads a Server-Sent Events response as it arrives.
public final class EventReader: @unchecked Sendable {
    private let connection: Connection
    public private(set) var received = ""

    init(connection: Connection) { self.connection = connection }

    /// Waits until the stream holds `text` after what earlier waits consumed; returns everything
    /// read up to and including it.
    @discardableResult
    public func wait(for text: String, seconds: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let range = received.range(of: text) {
                let upTo = String(received[..<range.upperBound])
                received = String(received[range.upperBound...])
                return upTo
            }
            let more: [UInt8]?
            do {
                more = try connection.read(until: deadline)
            } catch HTTPProbe.Failure.timedOut {
                throw HTTPProbe.Failure.timedOut("no \(text.debugDescription) in \(received.suffix(2000).debugDescription)")
            }
            guard let more else { throw HTTPProbe.Failure.malformed("the stream ended before \(text.debugDescription)") }
            received += String(decoding: more, as: UTF8.self)
        }
    }

    /// Whether the stream stays quiet of `text` for `seconds`.
    public func staysWithout(_ text: String, seconds: Double) throws -> Bool {
        do {
            try wait(for: text, seconds: seconds)
            return false
        } catch HTTPProbe.Failure.timedOut {
            return true
        }
    }

    public func close() { connection.close() }
}

/// One TCP connection to the loopback address.
public final class Connection {
    private let fd: Int32

    public init(port: UInt16) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            let code = errno
            Glibc.close(fd)
            throw HTTPProbe.Failure.cannotConnect(code)
        }
    }

    public func write(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw HTTPProbe.Failure.malformed("write failed: \(errno)") }
            sent += n
        }
    }

    /// The next bytes, or nil when the peer closed; throws when nothing came before `deadline`.
    public func read(until deadline: Date) throws -> [UInt8]? {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let wait = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
        guard poll(&poller, 1, wait) > 0 else { throw HTTPProbe.Failure.timedOut("nothing read") }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        return n > 0 ? Array(buffer.prefix(n)) : nil
    }

    public func close() { Glibc.close(fd) }
}

