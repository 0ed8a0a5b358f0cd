/// Line access to the UTF-8 bytes cmark parsed, for turning cmark's byte columns into
/// Unicode-scalar columns.
///
/// Line starts are discovered on demand, only as far as the deepest line asked for, so a body
/// whose links all sit near the top is never scanned to its end. Line breaks follow cmark:
/// `\n`, `\r\n` and a lone `\r` each end a line.
struct SourceLines {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Byte offset where each discovered line starts; index 0 is line 1.
    private var starts: [Int] = [0]
    /// Offset from which the next line start is searched.
    private var scanned = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Byte range of `line` (1-based) without its line break, or nil past the end of the text.
    mutating func range(ofLine line: Int) -> Range<Int>? {
        guard line >= 1 else { return nil }
        while starts.count <= line, scanned < bytes.count { discoverNextLine() }
        guard line <= starts.count else { return nil }
        let start = starts[line - 1]
        guard start <= bytes.count else { return nil }
        var end = line < starts.count ? starts[line] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// The byte at 1-based `line` and byte `column`, or nil outside the line.
    mutating func byte(line: Int, column: Int) -> UInt8? {
        guard let range = range(ofLine: line), column >= 1, range.lowerBound + column - 1 < range.upperBound
        else { return nil }
        return bytes[range.lowerBound + column - 1]
    }

    /// Converts a 1-based byte column on `line` into a 1-based Unicode-scalar column.
    mutating func scalarColumn(line: Int, byteColumn: Int) -> Int {
        guard let range = range(ofLine: line) else { return max(byteColumn, 1) }
        let end = min(range.lowerBound + max(byteColumn - 1, 0), range.upperBound)
        var scalars = 0
        for offset in range.lowerBound..<end where bytes[offset] & 0xC0 != 0x80 { scalars += 1 }
        // Columns past the line's end (cmark quirks) keep their distance beyond it.
        let overshoot = max(range.lowerBound + byteColumn - 1 - range.upperBound, 0)
        return scalars + overshoot + 1
    }

    private mutating func discoverNextLine() {
        var offset = scanned
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D, offset < bytes.count, bytes[offset] == 0x0A { offset += 1 }
                // A break always opens a further (possibly empty) line.
                starts.append(offset)
                break
            }
        }
        scanned = max(offset, scanned + 1)
    }
}
