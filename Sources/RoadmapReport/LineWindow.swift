/// The part of a long source line that fits the terminal: the underlined place and what is around
/// it, with `…` standing for what was cut at either end, so the underline still lines up.
struct LineWindow {
    /// The scalars to show, ellipses included.
    var scalars: [Unicode.Scalar]
    /// The 1-based column of the underlined place within `scalars`.
    var column: Int
    /// True when `…` ends `scalars`.
    var cutAtEnd: Bool

    static let ellipsis: Unicode.Scalar = "\u{2026}"
    /// Fewer columns than this leave too little to read; the line is shown whole instead.
    static let narrowest = 20

    /// `column` and `length` as in `SourceLocation`; `width` the columns there are for the line.
    init(_ line: String, column: Int, length: Int, width: Int?) {
        let all = Array(line.unicodeScalars)
        (scalars, self.column, cutAtEnd) = (all, column, false)
        guard let width, width >= Self.narrowest, all.count > width else { return }
        let caret = min(max(0, column - 1), all.count)
        // Of a long underline, the start matters: show at most two thirds of the room of it.
        let wanted = min(max(1, length), (width - 2) * 2 / 3)
        var start = 0, end = width - 1
        if caret + wanted > end {
            // Cut at the start too: begin a third of the way before the place, so what leads up
            // to it shows, but late enough that the underlined text fits.
            let room = width - 2
            start = max(caret - room / 3, caret + wanted - room)
            end = start + room
            if end >= all.count { (start, end) = (all.count - (width - 1), all.count) }
        }
        let cutAtStart = start > 0
        var shown = Array(all[start..<end])
        if cutAtStart { shown.insert(Self.ellipsis, at: 0) }
        if end < all.count { shown.append(Self.ellipsis) }
        scalars = shown
        self.column = column - start + (cutAtStart ? 1 : 0)
        cutAtEnd = end < all.count
    }
}
