import CCmarkGFM

/// Finds where a link really starts in the source.
///
/// cmark-gfm 0.29's inline positions are exact for most links but wrong in several cases met in
/// real documents: `<https://…>` autolinks after a paragraph's first line (an offset into the
/// paragraph, not the line); lazy block-quote lines (a `> ` prefix that is not there); indented
/// paragraph continuation lines (the indentation left out); links whose text wraps (reported on
/// their closing line); links after a code span that wraps (one line early). So a reported
/// position is trusted only when the source has the link's opener there and a closer at its
/// reported width; otherwise the autolink's text position, neighbouring lines and the nearest
/// constant shift along the line are tried, strictest first.
struct LinkLocator {
    private var source: SourceLines

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
        let end = (line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node)))
        let width = end.line == reported.line && end.column >= reported.column ? end.column - reported.column : nil
        if fits(line: reported.line, column: reported.column, width: width, isImage: isImage) { return reported }
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
        // The reported line can be one off (after a code span that wraps, or for a link whose
        // text wraps, which is reported on its closing line); the first child's line is a
        // better guess for wrapped links.
        let childLine = cmark_node_first_child(node).map { CmarkNode.start($0).line } ?? 0
        let primary = childLine > 0 && childLine < reported.line ? childLine : reported.line
        var candidates = [primary]
        for line in [reported.line, childLine, reported.line - 1, reported.line + 1]
        where line > 0 && !candidates.contains(line) {
            candidates.append(line)
        }
        // Right column with the right width on another line, then a constant shift along the
        // line (nearest first, backwards on ties), then the column alone, then any opener.
        for line in candidates where fits(line: line, column: reported.column, width: width, isImage: isImage) {
            return (line, reported.column)
        }
        if width != nil, let column = nearestFit(line: primary, around: reported.column, width: width, isImage: isImage) {
            return (primary, column)
        }
        for line in candidates where fits(line: line, column: reported.column, width: nil, isImage: isImage) {
            return (line, reported.column)
        }
        if let column = nearestFit(line: primary, around: reported.column, width: nil, isImage: isImage) {
            return (primary, column)
        }
        return (max(primary, 1), max(reported.column, 1))
    }

    private mutating func nearestFit(line: Int, around column: Int, width: Int?, isImage: Bool) -> Int? {
        let limit = source.range(ofLine: line)?.count ?? 0
        for distance in stride(from: 1, through: limit + abs(column), by: 1) {
            for candidate in [column - distance, column + distance]
            where fits(line: line, column: candidate, width: width, isImage: isImage) {
                return candidate
            }
        }
        return nil
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
