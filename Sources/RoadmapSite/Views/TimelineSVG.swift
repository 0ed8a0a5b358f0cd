import RoadmapCore

/// Draws a lane of the timeline as inline SVG: one row per feature, a bar from start to due over
/// a grid of quarters. Every piece of text is escaped here, since templates insert it as is.
struct TimelineSVG {
    struct Bar: Sendable {
        let card: CardView
        let start: CalendarDate
        let end: CalendarDate
    }

    let first: Quarter
    let quarterCount: Int

    static let labelWidth = 330
    static let quarterWidth = 110
    static let rowHeight = 28
    static let headerHeight = 30

    /// The bar of a feature, or nil when it has no date and no quarter.
    static func bar(for f: Feature, card: CardView) -> Bar? {
        guard let start = f.start ?? f.quarter?.firstDay ?? f.due?.quarter.firstDay,
              let end = f.due ?? f.quarter?.lastDay ?? f.start?.quarter.lastDay else { return nil }
        return Bar(card: card, start: min(start, end), end: max(start, end))
    }

    func render(_ bars: [Bar], id: String, caption: String, root: String) -> String {
        let width = TimelineSVG.labelWidth + quarterCount * TimelineSVG.quarterWidth
        let height = TimelineSVG.headerHeight + max(1, bars.count) * TimelineSVG.rowHeight
        var out = "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\""
        out += " viewBox=\"0 0 \(width) \(height)\" aria-labelledby=\"\(id)-title\">"
        out += "<title id=\"\(id)-title\">\(HTML.escape(caption))</title>"
        var quarter: Quarter? = first
        for k in 0..<quarterCount {
            guard let current = quarter else { break }
            let x = TimelineSVG.labelWidth + k * TimelineSVG.quarterWidth
            out += "<rect class=\"tl-q tl-q-\(k % 2 == 0 ? "even" : "odd")\" x=\"\(x)\" y=\"0\" width=\"\(TimelineSVG.quarterWidth)\" height=\"\(height)\"/>"
            out += "<text class=\"tl-qlabel\" x=\"\(x + 8)\" y=\"20\">\(current)</text>"
            quarter = TimelineSVG.after(current)
        }
        for (row, bar) in bars.enumerated() { out += render(bar, row: row, root: root) }
        return out + "</svg>"
    }

    private func render(_ bar: Bar, row: Int, root: String) -> String {
        let top = TimelineSVG.headerHeight + row * TimelineSVG.rowHeight
        let card = bar.card
        let windowEnd = Double(TimelineSVG.labelWidth + quarterCount * TimelineSVG.quarterWidth)
        var x1 = position(bar.start, endOfDay: false)
        var x2 = position(bar.end, endOfDay: true)
        x1 = min(max(x1, Double(TimelineSVG.labelWidth)), windowEnd - 4)
        x2 = min(max(x2, x1 + 4), windowEnd)
        let tooltip = "\(card.title) — \(card.status.label), \(bar.start) to \(bar.end)"
        var out = "<a href=\"\(HTML.escape(root + card.url))\"><title>\(HTML.escape(tooltip))</title>"
        out += "<text class=\"tl-label\" x=\"8\" y=\"\(top + 18)\">\(HTML.escape(TimelineSVG.truncate(card.title, 30)))</text>"
        out += "<text class=\"tl-status\" x=\"\(TimelineSVG.labelWidth - 8)\" y=\"\(top + 18)\" text-anchor=\"end\">"
        out += "\(HTML.escape(TimelineSVG.truncate(card.status.label, 14)))</text>"
        out += "<rect class=\"tl-bar tl-bar--\(HTML.escape(card.status.category))\" x=\"\(TimelineSVG.fixed(x1))\" y=\"\(top + 6)\""
        out += " width=\"\(TimelineSVG.fixed(x2 - x1))\" height=\"16\" rx=\"3\"/></a>"
        return out
    }

    /// The x coordinate of the start (or the end) of a day; outside the window it lies beyond
    /// the grid and is clamped by the caller.
    private func position(_ date: CalendarDate, endOfDay: Bool) -> Double {
        let q = date.quarter
        let index = (q.year - first.year) * 4 + (q.number - first.number)
        let days = Double(q.lastDay.ordinal - q.firstDay.ordinal + 1)
        let into = Double(date.ordinal - q.firstDay.ordinal + (endOfDay ? 1 : 0))
        return Double(TimelineSVG.labelWidth) + (Double(index) + into / days) * Double(TimelineSVG.quarterWidth)
    }

    /// The next quarter, or nil after 9999-Q4 (where `Quarter.next` would trap).
    static func after(_ q: Quarter) -> Quarter? {
        q.number == 4 ? Quarter(year: q.year + 1, number: 1) : Quarter(year: q.year, number: q.number + 1)
    }

    /// The last quarter of a window.
    static func last(of window: (first: Quarter, count: Int)) -> Quarter {
        var last = window.first
        for _ in 1..<max(1, window.count) {
            guard let next = after(last) else { break }
            last = next
        }
        return last
    }

    static func truncate(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// One decimal, no locale: coordinates must print the same everywhere.
    static func fixed(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// The quarters to draw: from the 5th to the 95th percentile of the bars, so one stray date
    /// does not squeeze everything else, and never more than `limit` quarters.
    static func window(for bars: [Bar], limit: Int = 24) -> (first: Quarter, count: Int)? {
        guard !bars.isEmpty else { return nil }
        let starts = bars.map(\.start.quarter).sorted()
        let ends = bars.map(\.end.quarter).sorted()
        let low = starts[(starts.count - 1) * 5 / 100]
        let high = max(low, ends[(ends.count - 1) * 95 / 100 + ((ends.count - 1) * 95 % 100 == 0 ? 0 : 1)])
        let span = (high.year - low.year) * 4 + (high.number - low.number) + 1
        return (low, min(span, limit))
    }
}
