/// The values the quick reader understands on one line; anything else gives up (nil).
extension QuickFrontMatter {
    /// A value on one line: a flow list or mapping, quoted text without escapes, or plain text.
    func value(_ range: Range<Int>) -> RawValue? {
        switch b[range.lowerBound] {
        case UInt8(ascii: "["): return flow(range, open: UInt8(ascii: "["), close: UInt8(ascii: "]")).map { .list($0.map(\.value)) }
        case UInt8(ascii: "{"): return flowMap(range)
        case UInt8(ascii: "\""): return quoted(range, quote: UInt8(ascii: "\""), forbidden: UInt8(ascii: "\\"))
        case UInt8(ascii: "'"): return quoted(range, quote: UInt8(ascii: "'"), forbidden: UInt8(ascii: "'"))
        default: return plain(range, flow: false)
        }
    }

    func quoted(_ range: Range<Int>, quote: UInt8, forbidden: UInt8) -> RawValue? {
        // Only the simplest form: nothing after the closing quote, no escapes inside.
        guard range.count >= 2, b[range.upperBound - 1] == quote else { return nil }
        let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
        for i in inner where b[i] == quote || b[i] == forbidden { return nil }
        return .text(string(inner))
    }

    /// Plain text; nil for anything YAML would read differently (indicators, `: `, ` #`, tabs).
    func plain(_ range: Range<Int>, flow: Bool) -> RawValue? {
        guard let first = range.first.map({ b[$0] }), !Self.isIndicator(first) else { return nil }
        var previous: UInt8 = 0
        for i in range {
            let c = b[i]
            if c == UInt8(ascii: "\t") { return nil }
            if c == UInt8(ascii: "#") && previous == Self.space { return nil }
            if c == UInt8(ascii: ":") && (flow || i + 1 == range.upperBound || b[i + 1] == Self.space) { return nil }
            if flow && Self.isFlowIndicator(c) { return nil }
            previous = c
        }
        let text = string(range)
        return Self.nulls.contains(text) ? .null : .text(text)
    }

    /// `[a, b]` or `{ ... }` items split at commas; nil when anything inside is not plain.
    func flow(_ range: Range<Int>, open: UInt8, close: UInt8) -> [(range: Range<Int>, value: RawValue)]? {
        guard range.count >= 2, b[range.upperBound - 1] == close else { return nil }
        let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
        var parts: [Range<Int>] = []
        var start = inner.lowerBound
        for i in inner {
            let c = b[i]
            // Colons are judged per item (a mapping's `key: value`); nesting, quotes and comments are not handled here.
            if Self.breaksFlow(c) { return nil }
            if c == UInt8(ascii: ",") {
                parts.append(start..<i)
                start = i + 1
            }
        }
        parts.append(start..<inner.upperBound)
        let trimmedParts = parts.map(trimmed)
        if trimmedParts.count == 1 && trimmedParts[0].isEmpty { return [] }
        var items: [(range: Range<Int>, value: RawValue)] = []
        for part in trimmedParts {
            guard !part.isEmpty else { return nil }
            if open == UInt8(ascii: "{") {
                items.append((part, .null))
            } else {
                guard let value = plain(part, flow: true) else { return nil }
                items.append((part, value))
            }
        }
        return items
    }

    func flowMap(_ range: Range<Int>) -> RawValue? {
        guard let parts = flow(range, open: UInt8(ascii: "{"), close: UInt8(ascii: "}")) else { return nil }
        var fields: [RawField] = []
        for (part, _) in parts {
            guard let (key, rest) = keyValue(part) else { return nil }
            let text = trimmed(rest)
            if text.isEmpty {
                fields.append(RawField(key: key, value: .null))
            } else {
                guard let value = plain(text, flow: true) else { return nil }
                fields.append(RawField(key: key, value: value))
            }
        }
        return .map(fields)
    }

    /// Byte classes as bits of one table, so the per-byte checks cost a load, not a hash.
    static let classes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for c in "-?:,[]{}#&*!|>'\"%@`".utf8 { table[Int(c)] |= 1 }
        for c in ",[]{}#:".utf8 { table[Int(c)] |= 2 }
        for c in "[]{}#\"'\t".utf8 { table[Int(c)] |= 4 }
        return table
    }()

    /// Cannot start plain text.
    static func isIndicator(_ c: UInt8) -> Bool { classes[Int(c)] & 1 != 0 }
    /// Cannot appear in plain text inside `[...]` or `{...}`.
    static func isFlowIndicator(_ c: UInt8) -> Bool { classes[Int(c)] & 2 != 0 }
    /// Makes a flow collection too complex for this reader.
    static func breaksFlow(_ c: UInt8) -> Bool { classes[Int(c)] & 4 != 0 }
    static let nulls: Set<String> = ["", "~", "null", "Null", "NULL"]
}
