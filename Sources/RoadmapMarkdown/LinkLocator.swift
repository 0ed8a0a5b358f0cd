import CCmarkGFM

/// Finds where a link really starts in the source.
///
/// cmark-gfm 0.29's inline positions are exact for ordinary links but wrong in two known cases:
/// `<https://…>` autolinks on any but a paragraph's first line (it reports an offset into the
/// paragraph, not the line), and lazy continuation lines of block quotes (it adds the `> `
/// prefix that is not there). So a reported position is trusted only when the source byte there
/// is the link's opening character (and the byte at its reported width a closing one); otherwise
/// it is repaired from the link text's own position or by the nearest consistent shift along
/// the line. cmark also reports continuation lines of a paragraph relative to their text with
/// the indentation stripped, another constant shift the same repair undoes.
struct LinkLocator {
    private var source: SourceLines
    private static let linkOpeners: Set<UInt8> = [UInt8(ascii: "["), UInt8(ascii: "<")]
    private static let imageOpeners: Set<UInt8> = [UInt8(ascii: "!")]

    private static let closers: Set<UInt8> = [UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: ">")]

    init(source: SourceLines) {
        self.source = source
    }

    mutating func link(for node: OpaquePointer) -> MarkdownOutline.Link {
        let isImage = CmarkNode.type(node) == CMARK_NODE_IMAGE
        let destination = CmarkNode.url(node)
        let (line, byteColumn) = locate(node, isImage: isImage, destination: destination)
        return .init(
            destination: destination, line: line,
            column: source.scalarColumn(line: line, byteColumn: byteColumn), isImage: isImage)
    }

    private mutating func locate(_ node: OpaquePointer, isImage: Bool, destination: String) -> (Int, Int) {
        let reported = CmarkNode.start(node)
        // An autolink's only child is its text, whose position cmark gets right.
        if !isImage, let child = cmark_node_first_child(node), cmark_node_next(child) == nil,
            CmarkNode.type(child) == CMARK_NODE_TEXT, let text = CmarkNode.literal(child),
            !text.isEmpty, destination.hasSuffix(text)
        {
            let inner = CmarkNode.start(child)
            if source.byte(line: inner.line, column: inner.column - 1) == UInt8(ascii: "<") {
                return (inner.line, inner.column - 1)
            }
        }
        // Otherwise the whole line is off by a constant shift; the nearest placement whose
        // first and last bytes are an opener and a closer is taken (backwards first on ties).
        let end = (line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node)))
        let width = end.line == reported.line ? end.column - reported.column : nil
        if fits(line: reported.line, column: reported.column, width: width, isImage: isImage) { return reported }
        let limit = source.range(ofLine: reported.line)?.count ?? 0
        for distance in stride(from: 1, through: limit, by: 1) {
            for column in [reported.column - distance, reported.column + distance]
            where fits(line: reported.line, column: column, width: width, isImage: isImage) {
                return (reported.line, column)
            }
        }
        return (max(reported.line, 1), max(reported.column, 1))
    }

    /// Whether a link of `width` extra bytes placed at `column` starts with `[`, `<` (or `!`
    /// for an image) and ends with `)`, `]` or `>`.
    private mutating func fits(line: Int, column: Int, width: Int?, isImage: Bool) -> Bool {
        guard let first = source.byte(line: line, column: column) else { return false }
        let opens = isImage ? first == UInt8(ascii: "!") : first == UInt8(ascii: "[") || first == UInt8(ascii: "<")
        guard opens else { return false }
        guard let width else { return true }
        guard let last = source.byte(line: line, column: column + width) else { return false }
        return last == UInt8(ascii: ")") || last == UInt8(ascii: "]") || last == UInt8(ascii: ">")
    }
}
