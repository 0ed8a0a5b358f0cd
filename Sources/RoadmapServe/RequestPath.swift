/// Turns a request's target into a path inside the site, refusing anything that could name a
/// file outside it. The site lives in memory, so nothing could be read from the disk anyway;
/// refusing loudly still matters, because a proxy or a later file-backed mode must not be the
/// first line of defence.
enum RequestPath {
    enum Outcome: Equatable {
        /// A path relative to the site's root, without a leading slash; may not exist.
        case site(String)
        /// Malformed or escaping: `..` or `.` segments (also percent-encoded), backslashes, NUL,
        /// bad percent-encoding.
        case rejected
    }

    /// `target`: the path of the request line, still percent-encoded, without the query.
    static func resolve(_ target: String) -> Outcome {
        guard target.hasPrefix("/") else { return .rejected }
        guard let decoded = percentDecoded(target) else { return .rejected }
        if decoded.contains("\\") || decoded.contains("\0") { return .rejected }
        var segments: [Substring] = []
        for segment in decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            if segment == ".." || segment == "." { return .rejected }
            segments.append(segment)
        }
        // Empty segments (`//`) are dropped rather than refused: browsers and people type them.
        let trailingSlash = decoded.hasSuffix("/")
        var path = segments.filter { !$0.isEmpty }.joined(separator: "/")
        if path.isEmpty || trailingSlash { path += path.isEmpty ? "index.html" : "/index.html" }
        return .site(path)
    }

    /// Percent-decoding of UTF-8; nil for a `%` not followed by two hex digits or bytes that are
    /// not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
