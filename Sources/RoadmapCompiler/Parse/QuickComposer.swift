import Yams

/// Composes front matter written in the plain forms nearly every PRD uses (`key: value` lines,
/// quoted text without escapes, one-line `[a, b]` lists and `{k: v}` mappings, block lists of
/// values or of flat mappings) into the very nodes Yams would compose: the same strings, styles,
/// tags and marks. Anything else (nesting beyond that, multi-line text, anchors, tags, escapes,
/// comments after values, tabs, characters libyaml treats specially) makes it give up, and the
/// caller asks Yams. Written by hand because Yams has no faster path: its parser wraps every
/// libyaml event in an object, and composing took 14% of a cold check. `QuickComposerTests` and
/// the fuzz-file target hold it to Yams node for node.
package struct QuickComposer {
    private let b: UnsafeBufferPointer<UInt8>
    private var lines: [Range<Int>] = []
    private var asciiOnly = true
    private let tag = Tag(.implicit, .basic, .default)
    /// Yams tags a quoted scalar as text outright.
    private let text = Tag(.str, .basic, .default)

    private static let space = UInt8(ascii: " "), dash = UInt8(ascii: "-"), colon = UInt8(ascii: ":")

    /// The top-level mapping of `yaml`, or nil when Yams must compose it.
    static func compose(_ yaml: Substring) -> Node.Mapping? {
        var yaml = yaml
        return yaml.withUTF8 { compose(bytes: $0) }
    }

    /// The top-level mapping of the YAML in `bytes` (valid UTF-8), or nil when Yams must compose it.
    static func compose(bytes: UnsafeBufferPointer<UInt8>) -> Node.Mapping? {
        guard marksCanBeMade else { return nil }
        var composer = QuickComposer(b: bytes)
        guard composer.splitLines() else { return nil }
        return composer.document()
    }

    private init(b: UnsafeBufferPointer<UInt8>) { self.b = b }

    /// Lines, after checking every byte is one the subset allows: printable ASCII, or UTF-8 of
    /// characters libyaml reads as ordinary text (not C1 controls, NEL, the BOM, U+2028/9, U+FFFE/F).
    private mutating func splitLines() -> Bool {
        var start = 0, i = 0
        while i < b.count {
            let c = b[i]
            if c == 0x0A {
                lines.append(start..<i)
                start = i + 1
            } else if c < 0x20 || c == 0x7F {
                return false
            } else if c >= 0x80 {
                asciiOnly = false
                if c == 0xC2, i + 1 < b.count, b[i + 1] < 0xA0 { return false }
                if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { return false }
                if c == 0xEF, i + 2 < b.count, (b[i + 1] == 0xBB && b[i + 2] == 0xBF) || (b[i + 1] == 0xBF && b[i + 2] >= 0xBE) { return false }
            }
            i += 1
        }
        if start < b.count { lines.append(start..<b.count) }
        return true
    }

    private func document() -> Node.Mapping? {
        var pairs: [(Node, Node)] = []
        var firstKey: Mark?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if isBlankOrComment(line) { continue }
            guard b[line.lowerBound] != Self.space, let (key, rest) = keyValue(line, lineIndex: index - 1) else { return nil }
            if firstKey == nil { firstKey = key.mark }
            let value = trimmed(rest)
            if !value.isEmpty {
                guard let node = self.value(value, lineIndex: index - 1) else { return nil }
                pairs.append((key, node))
                continue
            }
            let next = nextContent(from: index)
            if next < lines.count, b[lines[next].lowerBound] == Self.space || startsItem(lines[next], at: 0) {
                guard let (list, after) = blockList(from: next) else { return nil }
                pairs.append((key, list))
                index = after
            } else {
                pairs.append((key, emptyScalar(after: rest, lineIndex: index - 1)))
            }
        }
        guard let firstKey else { return nil }
        return Node.Mapping(pairs, tag, .any, firstKey)
    }

    /// `- value` items, or `- key: value` items continued by `key: value` lines two columns
    /// further in; the list and the line after it.
    private func blockList(from start: Int) -> (Node, Int)? {
        let indent = indentation(lines[start])
        guard startsItem(lines[start], at: indent) else { return nil }
        var items: [Node] = []
        var fields: [(Node, Node)] = []
        var fieldsMark: Mark?
        var index = start
        func finishItem() {
            if let mark = fieldsMark { items.append(.mapping(Node.Mapping(fields, tag, .any, mark))) }
            fields = []
            fieldsMark = nil
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
                if let (key, after) = keyValue(rest, lineIndex: index) {
                    guard let value = itemValue(after, lineIndex: index, fieldIndent: indent + 2) else { return nil }
                    fields = [(key, value)]
                    fieldsMark = key.mark
                } else {
                    guard let value = value(trimmed(rest), lineIndex: index) else { return nil }
                    items.append(value)
                }
            } else if column == indent + 2, fieldsMark != nil,
                      let (key, after) = keyValue((line.lowerBound + column)..<line.upperBound, lineIndex: index) {
                guard let value = itemValue(after, lineIndex: index, fieldIndent: column) else { return nil }
                fields.append((key, value))
            } else {
                return nil
            }
            index += 1
        }
        finishItem()
        return (.sequence(Node.Sequence(items, tag, .any, mark(lines[start].lowerBound + indent, lineIndex: start))), index)
    }

    /// The value of a field inside a list item; nil when something nested follows an empty one.
    private func itemValue(_ rest: Range<Int>, lineIndex: Int, fieldIndent: Int) -> Node? {
        let text = trimmed(rest)
        if !text.isEmpty { return value(text, lineIndex: lineIndex) }
        let next = nextContent(from: lineIndex + 1)
        if next < lines.count, indentation(lines[next]) > fieldIndent { return nil }
        return emptyScalar(after: rest, lineIndex: lineIndex)
    }

    /// An empty value is a plain empty scalar where libyaml places it: just after the colon.
    private func emptyScalar(after rest: Range<Int>, lineIndex: Int) -> Node {
        .scalar(Node.Scalar("", tag, .plain, mark(rest.lowerBound, lineIndex: lineIndex)))
    }

    /// A value on one line: a flow list or mapping, quoted text without escapes, or plain text.
    private func value(_ range: Range<Int>, lineIndex: Int) -> Node? {
        switch b[range.lowerBound] {
        case UInt8(ascii: "["): return flowList(range, lineIndex: lineIndex)
        case UInt8(ascii: "{"): return flowMap(range, lineIndex: lineIndex)
        case UInt8(ascii: "\""): return quoted(range, quote: UInt8(ascii: "\""), forbidden: UInt8(ascii: "\\"), style: .doubleQuoted, lineIndex: lineIndex)
        case UInt8(ascii: "'"): return quoted(range, quote: UInt8(ascii: "'"), forbidden: UInt8(ascii: "'"), style: .singleQuoted, lineIndex: lineIndex)
        default: return plain(range, flow: false, lineIndex: lineIndex)
        }
    }

    private func quoted(_ range: Range<Int>, quote: UInt8, forbidden: UInt8, style: Node.Scalar.Style, lineIndex: Int) -> Node? {
        guard range.count >= 2, b[range.upperBound - 1] == quote else { return nil }
        let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
        for i in inner where b[i] == quote || b[i] == forbidden { return nil }
        // Runs of spaces inside quotes are kept by YAML, but keep the subset simple.
        return .scalar(Node.Scalar(string(inner), text, style, mark(range.lowerBound, lineIndex: lineIndex)))
    }

    /// Plain text; nil for anything YAML would read differently (indicators, `: `, ` #`, a
    /// trailing colon, and in a flow collection its own punctuation).
    private func plain(_ range: Range<Int>, flow: Bool, lineIndex: Int) -> Node? {
        guard let first = range.first.map({ b[$0] }), !Self.isIndicator(first) else { return nil }
        var previous: UInt8 = 0
        for i in range {
            let c = b[i]
            if c == UInt8(ascii: "#") && previous == Self.space { return nil }
            if c == Self.colon && (flow || i + 1 == range.upperBound || b[i + 1] == Self.space) { return nil }
            if flow && (Self.isFlowIndicator(c) || Self.breaksFlow(c)) { return nil }
            previous = c
        }
        return .scalar(Node.Scalar(string(range), tag, .plain, mark(range.lowerBound, lineIndex: lineIndex)))
    }

    /// The items of `[...]` or `{...}` on one line, split at commas, each trimmed.
    private func flowItems(_ range: Range<Int>, close: UInt8) -> [Range<Int>]? {
        guard range.count >= 2, b[range.upperBound - 1] == close else { return nil }
        let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
        var parts: [Range<Int>] = []
        var start = inner.lowerBound
        for i in inner {
            let c = b[i]
            if Self.breaksFlow(c) { return nil }
            if c == UInt8(ascii: ",") {
                parts.append(trimmed(start..<i))
                start = i + 1
            }
        }
        parts.append(trimmed(start..<inner.upperBound))
        if parts.count == 1 && parts[0].isEmpty { return [] }
        return parts.contains(where: \.isEmpty) ? nil : parts
    }

    private func flowList(_ range: Range<Int>, lineIndex: Int) -> Node? {
        guard let parts = flowItems(range, close: UInt8(ascii: "]")) else { return nil }
        var items: [Node] = []
        for part in parts {
            guard let item = plain(part, flow: true, lineIndex: lineIndex) else { return nil }
            items.append(item)
        }
        return .sequence(Node.Sequence(items, tag, .any, mark(range.lowerBound, lineIndex: lineIndex)))
    }

    private func flowMap(_ range: Range<Int>, lineIndex: Int) -> Node? {
        guard let parts = flowItems(range, close: UInt8(ascii: "}")) else { return nil }
        var pairs: [(Node, Node)] = []
        for part in parts {
            guard let (key, rest) = keyValue(part, lineIndex: lineIndex) else { return nil }
            let text = trimmed(rest)
            guard !text.isEmpty, let value = plain(text, flow: true, lineIndex: lineIndex) else { return nil }
            pairs.append((key, value))
        }
        return .mapping(Node.Mapping(pairs, tag, .any, mark(range.lowerBound, lineIndex: lineIndex)))
    }

    /// `key:` followed by the end or a space: the key's node and what follows the colon.
    private func keyValue(_ range: Range<Int>, lineIndex: Int) -> (Node, Range<Int>)? {
        var i = range.lowerBound
        while i < range.upperBound, Self.isKeyByte(b[i], first: i == range.lowerBound) { i += 1 }
        guard i > range.lowerBound, i < range.upperBound, b[i] == Self.colon,
              i + 1 == range.upperBound || b[i + 1] == Self.space else { return nil }
        let key = Node.scalar(Node.Scalar(string(range.lowerBound..<i), tag, .plain, mark(range.lowerBound, lineIndex: lineIndex)))
        return (key, (i + 1)..<range.upperBound)
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

    /// A line YAML skips: spaces only, or a comment (after any indentation, as no multi-line
    /// text is taken here).
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

    /// libyaml's mark: 1-based line, column counted in Unicode scalars from 1.
    private func mark(_ offset: Int, lineIndex: Int) -> Mark {
        let start = lines[lineIndex].lowerBound
        if asciiOnly { return Self.makeMark(line: lineIndex + 1, column: offset - start + 1) }
        var column = 1
        for i in start..<offset where b[i] & 0xC0 != 0x80 { column += 1 }
        return Self.makeMark(line: lineIndex + 1, column: column)
    }

    /// Yams keeps `Mark`'s initializer internal; a `Mark` is its two public `Int`s, line then
    /// column (Yams is pinned to an exact version), so one is made from the pair.
    private static func makeMark(line: Int, column: Int) -> Mark {
        unsafeBitCast((line, column), to: Mark.self)
    }

    /// Whether a made mark reads back as made; if Yams ever lays `Mark` out otherwise, every
    /// document goes to Yams instead.
    static let marksCanBeMade: Bool = {
        guard MemoryLayout<Mark>.size == MemoryLayout<(Int, Int)>.size else { return false }
        let made = makeMark(line: 3, column: 7)
        return made.line == 3 && made.column == 7
    }()

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
    /// Makes a flow collection too complex for this composer.
    private static func breaksFlow(_ c: UInt8) -> Bool { classes[Int(c)] & 4 != 0 }
}
