/// A quick reader for front matter written in the plain forms tools and most people use:
/// `key: value` lines, quoted text without escapes, `[a, b]` lists, `{ k: v }` mappings, and
/// block lists of values or of flat mappings. Anything else (multi-line text, anchors, tags,
/// escapes, comments after values, nesting) makes it give up, and the caller asks Yams instead,
/// so what it returns is always what Yams would have composed. About twenty times faster than
/// composing with Yams, which matters when a history has tens of thousands of file versions.
struct QuickFrontMatter {
    private let b: UnsafeBufferPointer<UInt8>
    private var lines: [Range<Int>] = []

    /// The fields of `text` (the whole file, checked by the caller to be valid UTF-8 without
    /// NUL, CR, a byte-order mark or conflict markers); nil when it needs the full YAML parser.
    static func read(_ text: UnsafeBufferPointer<UInt8>) -> [RawField]? {
        guard text.count >= 4, text[0] == dash, text[1] == dash, text[2] == dash, text[3] == newline else { return nil }
        var reader = QuickFrontMatter(b: text)
        guard reader.splitLines() else { return nil }
        return reader.document()
    }

    private static let dash = UInt8(ascii: "-"), newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")

    /// The YAML lines up to the closing fence; false when there is none (or it has trailing blanks).
    private mutating func splitLines() -> Bool {
        var position = 4
        while position <= b.count {
            var end = position
            while end < b.count, b[end] != Self.newline { end += 1 }
            if end - position == 3 {
                let first = b[position]
                if (first == Self.dash || first == UInt8(ascii: ".")) && b[position + 1] == first && b[position + 2] == first {
                    return true
                }
            }
            lines.append(position..<end)
            position = end + 1
        }
        return false
    }

    private func document() -> [RawField]? {
        var fields: [RawField] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if isBlankOrComment(line) { continue }
            guard b[line.lowerBound] != Self.space, let (key, rest) = keyValue(line) else { return nil }
            let value = trimmed(rest)
            if !value.isEmpty {
                guard let parsed = self.value(value) else { return nil }
                fields.append(RawField(key: key, value: parsed))
                continue
            }
            let next = nextContent(from: index)
            guard next < lines.count, b[lines[next].lowerBound] == Self.space || startsItem(lines[next], at: 0) else {
                fields.append(RawField(key: key, value: .null))
                continue
            }
            guard let (list, after) = blockList(from: next) else { return nil }
            fields.append(RawField(key: key, value: list))
            index = after
        }
        return fields
    }

    /// A block list starting at line `start`: `- value` items, or `- key: value` items continued
    /// by `key: value` lines two columns further in. Returns the list and the line after it.
    private func blockList(from start: Int) -> (RawValue, Int)? {
        let indent = indentation(lines[start])
        guard startsItem(lines[start], at: indent) else { return nil }
        var items: [RawValue] = []
        var fields: [RawField]? = nil
        var index = start
        func finishItem() {
            if let done = fields { items.append(.map(done)) }
            fields = nil
        }
        while index < lines.count {
            let line = lines[index]
            if isBlankOrComment(line) { index += 1; continue }
            let column = indentation(line)
            if column < indent || (column == indent && !startsItem(line, at: indent)) { break }
            if column == indent {
                finishItem()
                let rest = (line.lowerBound + indent + 2)..<line.upperBound
                guard !rest.isEmpty, b[rest.lowerBound] != Self.space else { return nil }
                if let (key, after) = keyValue(rest) {
                    guard let value = itemValue(after, line: index, fieldIndent: indent + 2) else { return nil }
                    fields = [RawField(key: key, value: value)]
                } else {
                    guard let value = value(trimmed(rest)) else { return nil }
                    items.append(value)
                }
            } else if column == indent + 2, fields != nil, let (key, after) = keyValue((line.lowerBound + column)..<line.upperBound) {
                guard let value = itemValue(after, line: index, fieldIndent: column) else { return nil }
                fields?.append(RawField(key: key, value: value))
            } else {
                return nil
            }
            index += 1
        }
        finishItem()
        return (.list(items), index)
    }

    /// The value of a field inside a list item; an empty one is null unless something nested follows.
    private func itemValue(_ rest: Range<Int>, line: Int, fieldIndent: Int) -> RawValue? {
        let text = trimmed(rest)
        if !text.isEmpty { return value(text) }
        let next = nextContent(from: line + 1)
        if next < lines.count, indentation(lines[next]) > fieldIndent { return nil }
        return .null
    }

    /// A value on one line: a flow list or mapping, quoted text without escapes, or plain text.
    private func value(_ range: Range<Int>) -> RawValue? {
        switch b[range.lowerBound] {
        case UInt8(ascii: "["): return flow(range, open: UInt8(ascii: "["), close: UInt8(ascii: "]")).map { .list($0.map(\.value)) }
        case UInt8(ascii: "{"): return flowMap(range)
        case UInt8(ascii: "\""): return quoted(range, quote: UInt8(ascii: "\""), forbidden: UInt8(ascii: "\\"))
        case UInt8(ascii: "'"): return quoted(range, quote: UInt8(ascii: "'"), forbidden: UInt8(ascii: "'"))
        default: return plain(range, flow: false)
        }
    }

    private func quoted(_ range: Range<Int>, quote: UInt8, forbidden: UInt8) -> RawValue? {
        // Only the simplest form: nothing after the closing quote, no escapes inside.
        guard range.count >= 2, b[range.upperBound - 1] == quote else { return nil }
        let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
        for i in inner where b[i] == quote || b[i] == forbidden { return nil }
        return .text(string(inner))
    }

    /// Plain text; nil for anything YAML would read differently (indicators, `: `, ` #`, tabs).
    private func plain(_ range: Range<Int>, flow: Bool) -> RawValue? {
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
    private func flow(_ range: Range<Int>, open: UInt8, close: UInt8) -> [(range: Range<Int>, value: RawValue)]? {
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

    private func flowMap(_ range: Range<Int>) -> RawValue? {
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

    /// `key:` followed by the end or a space: the key and what follows the colon.
    private func keyValue(_ range: Range<Int>) -> (String, Range<Int>)? {
        var i = range.lowerBound
        while i < range.upperBound, Self.isKeyByte(b[i], first: i == range.lowerBound) { i += 1 }
        guard i > range.lowerBound, i < range.upperBound, b[i] == UInt8(ascii: ":") else { return nil }
        guard i + 1 == range.upperBound || b[i + 1] == Self.space else { return nil }
        return (string(range.lowerBound..<i), (i + 1)..<range.upperBound)
    }

    private static func isKeyByte(_ c: UInt8, first: Bool) -> Bool {
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == UInt8(ascii: "_") || (!first && c == dash)
    }

    private func startsItem(_ line: Range<Int>, at indent: Int) -> Bool {
        let at = line.lowerBound + indent
        return at + 1 < line.upperBound && b[at] == Self.dash && b[at + 1] == Self.space
    }

    private func indentation(_ line: Range<Int>) -> Int {
        var i = line.lowerBound
        while i < line.upperBound, b[i] == Self.space { i += 1 }
        return i - line.lowerBound
    }

    private func isBlankOrComment(_ line: Range<Int>) -> Bool {
        let column = indentation(line)
        return column == line.count || b[line.lowerBound + column] == UInt8(ascii: "#")
    }

    private func nextContent(from index: Int) -> Int {
        var i = index
        while i < lines.count, isBlankOrComment(lines[i]) { i += 1 }
        return i
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var low = range.lowerBound, high = range.upperBound
        while low < high, b[low] == Self.space { low += 1 }
        while high > low, b[high - 1] == Self.space { high -= 1 }
        return low..<high
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self)
    }

    /// Byte classes as bits of one table, so the per-byte checks cost a load, not a hash.
    private static let classes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for c in "-?:,[]{}#&*!|>'\"%@`".utf8 { table[Int(c)] |= 1 }
        for c in ",[]{}#:".utf8 { table[Int(c)] |= 2 }
        for c in "[]{}#\"'\t".utf8 { table[Int(c)] |= 4 }
        return table
    }()

    /// Cannot start plain text.
    private static func isIndicator(_ c: UInt8) -> Bool { classes[Int(c)] & 1 != 0 }
    /// Cannot appear in plain text inside `[...]` or `{...}`.
    private static func isFlowIndicator(_ c: UInt8) -> Bool { classes[Int(c)] & 2 != 0 }
    /// Makes a flow collection too complex for this reader.
    private static func breaksFlow(_ c: UInt8) -> Bool { classes[Int(c)] & 4 != 0 }
    private static let nulls: Set<String> = ["", "~", "null", "Null", "NULL"]
}
