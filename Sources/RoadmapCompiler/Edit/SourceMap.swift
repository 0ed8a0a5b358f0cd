import RoadmapCore

/// Turns the compiler's positions (file line and column in Unicode scalars, counted in the
/// decoded text) back into byte offsets of the file as stored, with its byte-order mark and
/// CR line endings, so an edit touches exactly the bytes it means to.
///
/// Offsets are computed on demand: only diagnostics with fixes and edit commands need them,
/// and `check` must not pay for every file.
public struct SourceMap: Sendable {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// Length of the UTF-8 byte-order mark at the start, 0 or 3.
    public var bomLength: Int { bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0 }

    /// The file's line break, as its first line ends: CRLF files get CRLF in what is added.
    public var lineBreak: String {
        guard let i = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return "\n" }
        if bytes[i] == 0x0D { return i + 1 < bytes.count && bytes[i + 1] == 0x0A ? "\r\n" : "\r" }
        return "\n"
    }

    /// The offset of the first byte of file line `line` (1-based); lines break at LF, CRLF and
    /// a lone CR, as the decoder counts them.
    public func lineStart(_ line: Int) -> Int? {
        var current = 1
        var i = bomLength
        while current < line {
            guard i < bytes.count else { return nil }
            let b = bytes[i]
            i += 1
            if b == 0x0A || (b == 0x0D && (i >= bytes.count || bytes[i] != 0x0A)) { current += 1 }
        }
        return i
    }

    /// The offset of the line break ending the line that contains `offset` (or the file's end).
    public func lineEnd(from offset: Int) -> Int {
        var i = offset
        while i < bytes.count, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
        return i
    }

    /// The offset just after the line break of the line containing `offset`.
    public func nextLineStart(from offset: Int) -> Int {
        var i = lineEnd(from: offset)
        if i < bytes.count, bytes[i] == 0x0D { i += 1 }
        if i < bytes.count, bytes[i] == 0x0A { i += 1 }
        return i
    }

    /// The offset of `column` (1-based, in Unicode scalars) of file line `line`.
    public func offset(line: Int, column: Int) -> Int? {
        guard var i = lineStart(line) else { return nil }
        var remaining = column - 1
        while remaining > 0 {
            guard i < bytes.count, bytes[i] != 0x0A, bytes[i] != 0x0D else { return nil }
            i += 1
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
            remaining -= 1
        }
        return i
    }

    public func offset(of location: SourceLocation) -> Int? { offset(line: location.line, column: location.column) }

    /// The scalar written at `location` whose value is `value`, with its quotes; nil when the
    /// text there does not read back as `value` on one line (a folded or block scalar, a tag),
    /// so an edit is never made on a guess.
    public func scalarSpan(at location: SourceLocation, value: String) -> ScalarSpan? {
        guard let start = offset(of: location) else { return nil }
        return ScalarSpan.find(in: bytes, at: start, value: value)
    }

    /// Whether a `{ ... }` or `[ ... ]` collection starts at `location`.
    public func opensFlow(at location: SourceLocation) -> Bool {
        guard let offset = offset(of: location), offset < bytes.count else { return false }
        return bytes[offset] == UInt8(ascii: "{") || bytes[offset] == UInt8(ascii: "[")
    }

    /// The text of a byte range.
    public func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
}
