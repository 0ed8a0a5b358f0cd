import RoadmapLSPProtocol

/// The words of a file's front matter with the key each belongs to: what the language server
/// needs to know what the cursor is on (an id in `depends_on`, a reference in `okrs`, a status)
/// and where an id is written in another file. It reads lines, not YAML: it must work on the
/// half-typed text of a buffer that YAML would refuse.
struct FrontMatterTokens {
    struct Token: Equatable {
        /// The top-level key the word belongs to (`depends_on`).
        var key: String
        /// The key within a list item or mapping under it (`id` in `key_results: - id: kr1`).
        var innerKey: String?
        var text: String
        /// Zero-based line, and byte range in the file.
        var line: Int
        var bytes: Range<Int>
    }

    /// Where the front matter is: zero-based lines of the opening and closing `---` (nil when
    /// it is not closed yet, so the rest of the file counts as front matter while it is typed).
    let opening: Int?
    let closing: Int?
    /// Each front-matter line's top-level key and inner key.
    private let keys: [Int: (key: String?, inner: String?)]
    let tokens: [Token]
    /// Top-level keys written, in order.
    let writtenKeys: [String]

    init(_ lines: LineIndex) {
        var opening: Int?, closing: Int?
        var keys: [Int: (key: String?, inner: String?)] = [:]
        var tokens: [Token] = []
        var written: [String] = []
        var current: String?
        var inner: String?
        for line in 0..<lines.lineCount {
            let range = lines.lineRange(line)
            var bytes = Array(lines.bytes[range])
            if line == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            let trimmed = String(decoding: bytes, as: UTF8.self).trimmingTrailingSpaces
            if opening == nil {
                guard trimmed == "---" else { break }
                opening = line
                continue
            }
            if trimmed == "---" || trimmed == "..." { closing = line; break }
            let start = range.upperBound - bytes.count
            let indent = bytes.prefix { $0 == 32 || $0 == 9 }.count
            var valueStart = indent
            if indent == 0, let colon = Self.keyColon(bytes, from: 0) {
                current = String(decoding: bytes[0..<colon], as: UTF8.self)
                inner = nil
                written.append(current!)
                valueStart = colon + 1
            } else if indent > 0 {
                var from = indent
                if from < bytes.count, bytes[from] == 45 { from += 1; while from < bytes.count, bytes[from] == 32 { from += 1 } }
                if let colon = Self.keyColon(bytes, from: from) {
                    inner = String(decoding: bytes[from..<colon], as: UTF8.self)
                    valueStart = colon + 1
                } else if from > indent {
                    inner = nil
                }
            }
            keys[line] = (key: current, inner: inner)
            guard let key = current, !trimmed.hasPrefix("#") else { continue }
            var index = valueStart
            while index < bytes.count {
                if bytes[index] == 35, index == 0 || bytes[index - 1] == 32 { break }  // a comment
                guard Self.isWordByte(bytes[index]) else { index += 1; continue }
                let first = index
                while index < bytes.count, Self.isWordByte(bytes[index]) { index += 1 }
                // `reach:` inside `rice: { reach: 8000 }` is a key, not a value.
                if index < bytes.count, bytes[index] == 58 { index += 1; continue }
                tokens.append(Token(key: key, innerKey: inner, text: String(decoding: bytes[first..<index], as: UTF8.self),
                                    line: line, bytes: (start + first)..<(start + index)))
            }
        }
        self.opening = opening
        self.closing = closing
        self.keys = keys
        self.tokens = tokens
        writtenKeys = written
    }

    /// Whether zero-based `line` is inside the front matter.
    func contains(line: Int) -> Bool {
        guard let opening, line > opening else { return false }
        return closing.map { line < $0 } ?? true
    }

    /// The top-level and inner key that `line` belongs to.
    func keys(of line: Int) -> (key: String?, inner: String?) { keys[line] ?? (nil, nil) }

    /// The word at byte `offset` (or ending there, as when the cursor follows it).
    func token(at offset: Int) -> Token? {
        tokens.first { $0.bytes.contains(offset) || $0.bytes.upperBound == offset }
    }

    /// The end of a `key:` (a run of word bytes followed by a colon and a space or the end).
    private static func keyColon(_ bytes: [UInt8], from: Int) -> Int? {
        var index = from
        while index < bytes.count, isKeyByte(bytes[index]) { index += 1 }
        guard index > from, index < bytes.count, bytes[index] == 58,
              index + 1 == bytes.count || bytes[index + 1] == 32 || bytes[index + 1] == 9 else { return nil }
        return index
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte == 95 || byte == 45
    }

    /// Bytes of ids, references, statuses, quarters, names: letters, digits, `_ - . /` and any
    /// byte of a multi-byte character (names and titles are not ASCII everywhere).
    static func isWordByte(_ byte: UInt8) -> Bool {
        isKeyByte(byte) || byte == 46 || byte == 47 || byte >= 0x80
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
