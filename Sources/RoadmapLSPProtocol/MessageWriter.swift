#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import RoadmapCore

/// Writes base-protocol frames, one whole frame at a time whichever thread sends.
public final class MessageWriter: @unchecked Sendable {
    private let writeAll: @Sendable ([UInt8]) -> Void
    private let lock = NSLock()

    /// Writes to `fileDescriptor` (standard output for `roadmap lsp`); a client that went away
    /// makes writes fail, which is left to the reader to notice as the end of its stream.
    public convenience init(fileDescriptor: Int32) {
        self.init { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { write(fileDescriptor, $0.baseAddress! + offset, bytes.count - offset) }
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    public init(write: @escaping @Sendable ([UInt8]) -> Void) { writeAll = write }

    public func send(_ message: JSONValue) { send([message]) }

    /// Several messages in one write: a publication of thousands of files' diagnostics is one
    /// system call, not one per file.
    public func send(_ messages: [JSONValue]) {
        // Written out on all cores when there are many (a first publication).
        let bodies = messages.count > 64 ? ParallelMap.map(messages) { $0.compactBytes } : messages.map(\.compactBytes)
        var frames: [UInt8] = []
        frames.reserveCapacity(bodies.reduce(0) { $0 + $1.count + 24 })
        for body in bodies {
            frames += Array("Content-Length: \(body.count)\r\n\r\n".utf8)
            frames += body
        }
        guard !frames.isEmpty else { return }
        lock.withLock { writeAll(frames) }
    }
}
