/// Where a scalar is written in a file's bytes, and how it is quoted.
public struct ScalarSpan: Hashable, Sendable {
    public enum Style: Hashable, Sendable { case plain, singleQuoted, doubleQuoted }

    /// The bytes of the scalar, quotes included.
    public var range: Range<Int>
    public var style: Style

    /// Reads the scalar starting at `start` and checks that it reads back as `value`.
    static func find(in bytes: [UInt8], at start: Int, value: String) -> ScalarSpan? {
        guard start < bytes.count else { return nil }
        switch bytes[start] {
        case UInt8(ascii: "'"):
            guard let end = closingQuote(in: bytes, after: start, quote: UInt8(ascii: "'")) else { return nil }
            let inner = String(decoding: bytes[(start + 1)..<(end - 1)], as: UTF8.self)
            guard inner.replacingOccurrences(of: "''", with: "'") == value else { return nil }
            return ScalarSpan(range: start..<end, style: .singleQuoted)
        case UInt8(ascii: "\""):
            guard let end = closingQuote(in: bytes, after: start, quote: UInt8(ascii: "\"")) else { return nil }
            let inner = Array(bytes[(start + 1)..<(end - 1)])
            // Escapes are decoded by YAML; without any, the text between the quotes is the value.
            guard inner.contains(UInt8(ascii: "\\")) || String(decoding: inner, as: UTF8.self) == value else { return nil }
            return ScalarSpan(range: start..<end, style: .doubleQuoted)
        default:
            // A plain scalar on one line is its own text: no escapes, no quotes.
            let expected = Array(value.utf8)
            guard !expected.isEmpty, start + expected.count <= bytes.count,
                  bytes[start..<(start + expected.count)].elementsEqual(expected) else { return nil }
            let end = start + expected.count
            if end < bytes.count {
                let next = bytes[end]
                let terminators: [UInt8] = [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"),
                                            UInt8(ascii: "}"), UInt8(ascii: ":")]
                guard terminators.contains(next) else { return nil }
            }
            return ScalarSpan(range: start..<end, style: .plain)
        }
    }

    /// One past the closing quote, on the same line; nil for a quote left open or folded over lines.
    private static func closingQuote(in bytes: [UInt8], after start: Int, quote: UInt8) -> Int? {
        var i = start + 1
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D { return nil }
            if quote == UInt8(ascii: "\""), b == UInt8(ascii: "\\") { i += 2; continue }
            if b == quote {
                if quote == UInt8(ascii: "'"), i + 1 < bytes.count, bytes[i + 1] == quote { i += 2; continue }
                return i + 1
            }
            i += 1
        }
        return nil
    }
}
