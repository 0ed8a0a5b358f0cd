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
        for scalar in String(decoding: bytes[range], as: UTF8.self).unicodeScalars {
            let width = encoding.width(of: scalar)
            if units + width > position.character { break }
            units += width
            offset += UTF8.width(scalar)
        }
        return offset
    }

    /// The position of byte `offset` (clamped to the text).
    public func position(of offset: Int, encoding: PositionEncoding) -> Position {
        let offset = min(max(0, offset), bytes.count)
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let range = lineRange(low)
        let prefix = String(decoding: bytes[range.lowerBound..<min(offset, range.upperBound)], as: UTF8.self)
        return Position(line: low, character: prefix.unicodeScalars.reduce(0) { $0 + encoding.width(of: $1) })
    }

    /// The position of a 1-based line and column counted in Unicode scalars (how the compiler's
    /// `SourceLocation` counts), with the byte offset it is at.
    public func position(line: Int, scalarColumn: Int, encoding: PositionEncoding) -> Position {
        position(of: offset(line: line, scalarColumn: scalarColumn), encoding: encoding)
    }

    /// The byte offset of a 1-based line and scalar column (clamped to the line).
    public func offset(line: Int, scalarColumn: Int) -> Int {
        let range = lineRange(line - 1)
        var offset = range.lowerBound
        var column = 1
        for scalar in String(decoding: bytes[range], as: UTF8.self).unicodeScalars where column < scalarColumn {
            offset += UTF8.width(scalar)
            column += 1
        }
        return offset
    }
}
