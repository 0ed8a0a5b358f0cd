/// The one JSON writer: every document the tool emits goes through it, so the convention lives in
/// one place (see the README's "JSON output"): UTF-8, keys in the order the document gives them,
/// whole numbers without a fraction, non-finite numbers as `null`, and either two-space indented
/// with a final newline (command output) or compact (files the site publishes).
///
/// Streaming rather than a tree, because a history of tens of thousands of changes is written
/// many times faster straight into bytes than through `JSONEncoder` or a built-up value.
public struct JSONWriter: Sendable {
    public enum Layout: Sendable { case indented, compact }

    public let layout: Layout
    public private(set) var bytes: [UInt8] = []
    /// One entry per open container: whether it has a member yet.
    private var hasMembers: [Bool] = []

    public init(_ layout: Layout = .indented, capacity: Int = 1 << 12) {
        self.layout = layout
        bytes.reserveCapacity(capacity)
    }

    /// The document as text; indented documents end with a newline.
    public var text: String {
        String(decoding: layout == .indented ? bytes + [0x0A] : bytes, as: UTF8.self)
    }

    public mutating func beginObject(_ key: String? = nil) { begin(0x7B, key) }
    public mutating func endObject() { end(0x7D) }
    public mutating func beginArray(_ key: String? = nil) { begin(0x5B, key) }
    public mutating func endArray() { end(0x5D) }

    /// A string, or `null` when nil.
    public mutating func string(_ value: String?, key: String? = nil) {
        member(key)
        guard let value else { return raw("null") }
        Self.quote(value, into: &bytes)
    }

    /// A number, or `null` when nil or not finite (JSON cannot hold NaN or infinities).
    public mutating func number(_ value: Double?, key: String? = nil) {
        member(key)
        raw(value.map(Self.format) ?? "null")
    }

    public mutating func integer(_ value: Int?, key: String? = nil) {
        member(key)
        raw(value.map { String($0) } ?? "null")
    }

    public mutating func bool(_ value: Bool?, key: String? = nil) {
        member(key)
        raw(value.map { $0 ? "true" : "false" } ?? "null")
    }

    public mutating func null(key: String? = nil) {
        member(key)
        raw("null")
    }

    /// A list of strings.
    public mutating func strings(_ values: some Sequence<String>, key: String? = nil) {
        beginArray(key)
        for value in values { string(value) }
        endArray()
    }

    private mutating func begin(_ bracket: UInt8, _ key: String?) {
        member(key)
        bytes.append(bracket)
        hasMembers.append(false)
    }

    private mutating func end(_ bracket: UInt8) {
        let had = hasMembers.removeLast()
        if had, layout == .indented { newline() }
        bytes.append(bracket)
    }

    /// The separator and indentation before a value, and its key inside an object.
    private mutating func member(_ key: String?) {
        if let last = hasMembers.indices.last {
            if hasMembers[last] { bytes.append(0x2C) }
            hasMembers[last] = true
            if layout == .indented { newline() }
        }
        if let key {
            Self.quote(key, into: &bytes)
            bytes.append(0x3A)
            if layout == .indented { bytes.append(0x20) }
        }
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * hasMembers.count))
    }

    private mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Whole numbers (below 2^53, where doubles are exact) without a fraction: `3780`, not
    /// `3780.0`; others in Swift's shortest form that reads back to the same double.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return String(Int(value)) }
        return String(value)
    }

    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }
}
