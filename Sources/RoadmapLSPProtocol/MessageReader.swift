#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the base protocol of LSP (and of any JSON-RPC over a byte stream): header lines ending
/// in CR LF, a blank line, then `Content-Length` bytes of JSON. No LSP library is in the package
/// mirror and the framing is twenty lines, so it is written here; the tests check it against
/// frames split across reads and against damaged headers.
/// Used by one thread at a time (the connection's reading thread).
public final class MessageReader: @unchecked Sendable {
    public enum Frame: Equatable, Sendable {
        case message([UInt8])
        /// A header the reader could not use; the reader has skipped past its blank line.
        case malformed(String)
        /// The stream ended (the client went away).
        case end
    }

    /// Longest header block accepted, and largest message: a client that sends more is broken,
    /// and the reader must not grow without bound on its behalf.
    public static let maximumHeader = 8 * 1024
    public static let defaultMaximumContent = 64 * 1024 * 1024
    public let maximumContent: Int

    private let readInto: @Sendable (UnsafeMutableRawBufferPointer) -> Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false

    /// Reads from `fileDescriptor` (standard input for `roadmap lsp`).
    public convenience init(fileDescriptor: Int32) {
        self.init(maximumContent: Self.defaultMaximumContent) { target in
            while true {
                let count = read(fileDescriptor, target.baseAddress, target.count)
                if count < 0 && errno == EINTR { continue }
                return count
            }
        }
    }

    /// Reads with `read`, which fills some of the buffer it is given and returns how many bytes
    /// it wrote: 0 at the end of the stream, negative on an error.
    public init(maximumContent: Int = MessageReader.defaultMaximumContent, read: @escaping @Sendable (UnsafeMutableRawBufferPointer) -> Int) {
        self.maximumContent = maximumContent
        readInto = read
    }

    public func next() -> Frame {
        // Whatever it returns, what was consumed is dropped: a client sending only broken
        // headers must not grow the buffer without bound.
        defer { compact() }
        guard let headerEnd = find([13, 10, 13, 10], limit: Self.maximumHeader) else {
            if ended { return .end }
            start = buffer.count
            return .malformed("the message header is longer than \(Self.maximumHeader) bytes")
        }
        let header = contentLength(start..<headerEnd)
        start = headerEnd + 4
        let length: Int
        switch header {
        case .failure(let error): return .malformed(error.reason)
        case .success(let value): length = value
        }
        guard length <= maximumContent else {
            // Its body is passed over unkept, so it is one error, not thousands of broken headers.
            discard(length)
            return .malformed("the message is \(length) bytes, over the \(maximumContent) accepted")
        }
        while buffer.count - start < length {
            guard fill() else { return .end }
        }
        let content = Array(buffer[start..<(start + length)])
        start += length
        return .message(content)
    }

    /// Reads past the next `count` bytes without keeping them.
    private func discard(_ count: Int) {
        var left = count
        while left > 0 {
            let buffered = buffer.count - start
            if buffered > 0 {
                let taken = min(buffered, left)
                start += taken
                left -= taken
                compact()
                continue
            }
            guard fill() else { return }
        }
    }

    /// Whether a whole message is already read in, so `next()` returns it without waiting: the
    /// connection takes every message that arrived together before handling any, so that a
    /// cancellation is seen before the request it cancels.
    public var hasWholeMessage: Bool {
        guard let headerEnd = firstIndex(of: [13, 10, 13, 10], from: start) else { return false }
        // A broken header is a whole message too: `next()` reports it without reading.
        guard case .success(let length) = contentLength(start..<headerEnd), length <= maximumContent else { return true }
        return buffer.count - (headerEnd + 4) >= length
    }

    /// The `Content-Length` of the header block at `range` (without its blank line), or why
    /// there is none to use.
    private func contentLength(_ range: Range<Int>) -> Result<Int, HeaderError> {
        var length: Int?
        for line in String(decoding: buffer[range], as: UTF8.self).split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { return .failure(HeaderError("the header line `\(line)` has no `:`")) }
            if parts[0].lowercased() == "content-length" {
                length = Int(parts[1].trimmingCharacters(in: " \t"))
            }
        }
        guard let length, length >= 0 else { return .failure(HeaderError("the message header has no usable Content-Length")) }
        return .success(length)
    }

    private struct HeaderError: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    private func firstIndex(of pattern: [UInt8], from: Int) -> Int? {
        var index = from
        while index + pattern.count <= buffer.count {
            if buffer[index] == pattern[0], buffer[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    /// The index where `pattern` starts at or after `start`, reading more as needed; nil when
    /// the stream ends first or `limit` bytes pass without it.
    private func find(_ pattern: [UInt8], limit: Int) -> Int? {
        while true {
            if let found = firstIndex(of: pattern, from: start) { return found }
            if buffer.count - start > limit { return nil }
            guard fill() else { return nil }
        }
    }

    private func fill() -> Bool {
        guard !ended else { return false }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = chunk.withUnsafeMutableBytes { readInto($0) }
        guard count > 0 else { ended = true; return false }
        buffer.append(contentsOf: chunk[0..<count])
        return true
    }

    private func compact() {
        if start > 1 << 16 || start == buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return s
    }
}
