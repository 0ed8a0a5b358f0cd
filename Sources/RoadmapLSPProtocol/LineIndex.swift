/// Where each line of a text starts, to turn LSP positions into byte offsets and back. Lines end
/// at LF, CR LF or a lone CR, as LSP counts them.
public struct LineIndex: Sendable {
    public let bytes: [UInt8]
    /// Byte offset of each line's first byte.
    private let starts: [Int]

    public init(_ text: String) { self.init(bytes: Array(text.utf8)) }

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var index = 0
        while index < bytes.count {
            if bytes[index] == 10 {
                starts.append(index + 1)
            } else if bytes[index] == 13 {
                if index + 1 < bytes.count, bytes[index + 1] == 10 { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        self.starts = starts
    }

    public var lineCount: Int { starts.count }

    /// Byte range of line `line` (zero-based) without its line break.
    public func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 0, line < starts.count else { return bytes.count..<bytes.count }
        var end = line + 1 < starts.count ? starts[line + 1] : bytes.count
        while end > starts[line], bytes[end - 1] == 10 || bytes[end - 1] == 13 { end -= 1 }
        return starts[line]..<end
    }

    /// The byte offset of `position`; a line past the end is the end of the text, a character past
    /// the end of its line the end of the line, and one inside a character its start (as the
    /// protocol asks of positions that do not fall on a boundary).
    public func offset(of position: Position, encoding: PositionEncoding) -> Int {
        guard position.line < starts.count else { return bytes.count }
        let range = lineRange(position.line)
        var units = 0
        var offset = range.lowerBound
        while offset < range.upperBound {
            let (length, width) = character(at: offset, end: range.upperBound, encoding: encoding)
            if units + width > position.character { break }
            units += width
            offset += length
        }
        return offset
    }

    /// The position of byte `offset` (clamped to the text; inside a character, the character's).
    public func position(of offset: Int, encoding: PositionEncoding) -> Position {
        let offset = min(max(0, offset), bytes.count)
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let range = lineRange(low)
        var units = 0
        var at = range.lowerBound
        while at < min(offset, range.upperBound) {
            let (length, width) = character(at: at, end: range.upperBound, encoding: encoding)
            guard at + length <= offset else { break }
            units += width
            at += length
        }
        return Position(line: low, character: units)
    }

    /// The position of a 1-based line and column counted in Unicode scalars (how the compiler's
    /// `SourceLocation` counts).
    public func position(line: Int, scalarColumn: Int, encoding: PositionEncoding) -> Position {
        position(of: offset(line: line, scalarColumn: scalarColumn), encoding: encoding)
    }

    /// The byte offset of a 1-based line and scalar column (clamped to the line).
    public func offset(line: Int, scalarColumn: Int) -> Int {
        let range = lineRange(line - 1)
        var offset = range.lowerBound
        // The compiler counts columns after a byte-order mark.
        if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = min(3, range.upperBound) }
        var column = 1
        while column < scalarColumn, offset < range.upperBound {
            offset += character(at: offset, end: range.upperBound, encoding: .utf32).bytes
            column += 1
        }
        return offset
    }

    /// The character at `index`: its length in bytes and its width in `encoding`. Bytes that do
    /// not begin a well-formed UTF-8 sequence count as one character of one byte (as U+FFFD
    /// would be shown), the same way in both directions, so offsets and positions always agree.
    private func character(at index: Int, end: Int, encoding: PositionEncoding) -> (bytes: Int, units: Int) {
        let lead = bytes[index]
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < end && range.contains(bytes[index + offset])
        }
        let length: Int
        switch lead {
        case 0x00...0x7F: length = 1
        case 0xC2...0xDF: length = continuation(1) ? 2 : 1
        case 0xE0: length = continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 1
        case 0xED: length = continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 1
        case 0xE1...0xEF: length = continuation(1) && continuation(2) ? 3 : 1
        case 0xF0: length = continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 1
        case 0xF1...0xF3: length = continuation(1) && continuation(2) && continuation(3) ? 4 : 1
        case 0xF4: length = continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 1
        default: length = 1
        }
        switch encoding {
        case .utf8: return (length, length)
        case .utf16: return (length, length == 4 ? 2 : 1)
        case .utf32: return (length, 1)
        }
    }
}
