/// A quick reader for front matter written in the plain forms tools and most people use:
/// `key: value` lines, quoted text without escapes, `[a, b]` lists, `{ k: v }` mappings, and
/// block lists of values or of flat mappings. Anything else (multi-line text, anchors, tags,
/// escapes, comments after values, nesting) makes it give up, and the caller asks Yams instead,
/// so what it returns is always what Yams would have composed. About twenty times faster than
/// composing with Yams, which matters when a history has tens of thousands of file versions.
struct QuickFrontMatter {
    let b: UnsafeBufferPointer<UInt8>
    private var lines: [Range<Int>] = []

    /// The fields of `text` (the whole file, checked by the caller to be valid UTF-8 without
    /// NUL, CR, a byte-order mark or conflict markers); nil when it needs the full YAML parser.
    static func read(_ text: UnsafeBufferPointer<UInt8>) -> [RawField]? {
        guard text.count >= 4, text[0] == dash, text[1] == dash, text[2] == dash, text[3] == newline else { return nil }
        var reader = QuickFrontMatter(b: text)
        guard reader.splitLines() else { return nil }
        return reader.document()
    }

    static let dash = UInt8(ascii: "-"), newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")

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

    /// `key:` followed by the end or a space: the key and what follows the colon.
    func keyValue(_ range: Range<Int>) -> (String, Range<Int>)? {
        var i = range.lowerBound
        while i < range.upperBound, Self.isKeyByte(b[i], first: i == range.lowerBound) { i += 1 }
        guard i > range.lowerBound, i < range.upperBound, b[i] == UInt8(ascii: ":") else { return nil }
        guard i + 1 == range.upperBound || b[i + 1] == Self.space else { return nil }
        return (string(range.lowerBound..<i), (i + 1)..<range.upperBound)
    }

    private static func isKeyByte(_ c: UInt8, first: Bool) -> Bool {
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == UInt8(ascii: "_") || (!first && c == dash)
    }

    func startsItem(_ line: Range<Int>, at indent: Int) -> Bool {
        let at = line.lowerBound + indent
        return at + 1 < line.upperBound && b[at] == Self.dash && b[at + 1] == Self.space
    }

    func indentation(_ line: Range<Int>) -> Int {
        var i = line.lowerBound
        while i < line.upperBound, b[i] == Self.space { i += 1 }
        return i - line.lowerBound
    }

    func isBlankOrComment(_ line: Range<Int>) -> Bool {
        let column = indentation(line)
        return column == line.count || b[line.lowerBound + column] == UInt8(ascii: "#")
    }

    func nextContent(from index: Int) -> Int {
        var i = index
        while i < lines.count, isBlankOrComment(lines[i]) { i += 1 }
        return i
    }

    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var low = range.lowerBound, high = range.upperBound
        while low < high, b[low] == Self.space { low += 1 }
        while high > low, b[high - 1] == Self.space { high -= 1 }
        return low..<high
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self)
    }

}
