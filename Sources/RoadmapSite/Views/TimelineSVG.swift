import RoadmapCore

/// Draws a lane of the timeline as inline SVG: one row per feature, a bar from start to due over
/// a grid of quarters. Every piece of text is escaped here, since templates insert it as is.
struct TimelineSVG {
    struct Bar: Sendable {
        let card: CardView
        let start: CalendarDate
        let end: CalendarDate
        /// The span first planned, drawn faintly behind a PRD whose plan slipped; nil otherwise.
        var original: Span? = nil
        /// The PRDs it depends on, by id, for the dependency lines between bars of one drawing.
        var dependsOn: [String] = []
    }

    struct Span: Sendable, Equatable {
        let start: CalendarDate
        let end: CalendarDate
    }

    let first: Quarter
    let quarterCount: Int
    /// Marked with a line when it falls inside the window.
    var today: CalendarDate? = nil

    /// Sizes of one drawing: `wide` puts titles in a column left of the bars; `compact`, for
    /// phones, puts each title above its bar so the quarters get the whole width.
    struct Layout: Sendable {
        let name: String
        let labelWidth: Int
        let quarterWidth: Int
        let rowHeight: Int
        let headerHeight: Int
        let titleLength: Int

        var labelsAbove: Bool { labelWidth == 0 }

        static let wide = Layout(name: "wide", labelWidth: 330, quarterWidth: 110, rowHeight: 28, headerHeight: 30, titleLength: 30)
        static let compact = Layout(name: "compact", labelWidth: 0, quarterWidth: 76, rowHeight: 38, headerHeight: 30, titleLength: 44)

        /// Where a bar sits in its row.
        var barTop: Int { labelsAbove ? 19 : 6 }
        var barHeight: Int { labelsAbove ? 13 : 16 }
    }

    var layout = Layout.wide

    /// The bar of a feature, or nil when it has no date and no quarter.
    static func bar(for f: Feature, card: CardView) -> Bar? {
        guard let span = span(start: f.start, due: f.due, quarter: f.quarter) else { return nil }
        return Bar(card: card, start: span.start, end: span.end, dependsOn: f.dependsOn.map(\.rawValue))
    }

    /// From the start (else the quarter's or the due date's quarter's first day) to the due date
    /// (else the quarter's or the start's quarter's last day); nil without any of them.
    static func span(start: CalendarDate?, due: CalendarDate?, quarter: Quarter?) -> Span? {
        guard let first = start ?? quarter?.firstDay ?? due?.quarter.firstDay,
              let last = due ?? quarter?.lastDay ?? start?.quarter.lastDay else { return nil }
        return Span(start: min(first, last), end: max(first, last))
    }

    /// Both drawings of a lane; the style sheet shows the one that fits the screen.
    func renderBoth(_ bars: [Bar], id: String, caption: String, root: String) -> String {
        var wide = self, compact = self
        wide.layout = .wide
        compact.layout = .compact
        return wide.render(bars, id: id, caption: caption, root: root) + compact.render(bars, id: id + "-c", caption: caption, root: root)
    }

    func render(_ bars: [Bar], id: String, caption: String, root: String) -> String {
        let width = layout.labelWidth + quarterCount * layout.quarterWidth
        let height = layout.headerHeight + max(1, bars.count) * layout.rowHeight
        var out = "<svg class=\"timeline timeline--\(layout.name)\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\""
        out += " viewBox=\"0 0 \(width) \(height)\" aria-labelledby=\"\(id)-title\">"
        out += "<title id=\"\(id)-title\">\(HTML.escape(caption))</title>"
        var quarter: Quarter? = first
        for k in 0..<quarterCount {
            guard let current = quarter else { break }
            let x = layout.labelWidth + k * layout.quarterWidth
            out += "<rect class=\"tl-q tl-q-\(k % 2 == 0 ? "even" : "odd")\" x=\"\(x)\" y=\"0\" width=\"\(layout.quarterWidth)\" height=\"\(height)\"/>"
            out += "<text class=\"tl-qlabel\" x=\"\(x + 8)\" y=\"20\">\(current)</text>"
            quarter = TimelineSVG.after(current)
        }
        if let today, let x = positionInside(today) {
            out += "<line class=\"tl-today\" x1=\"\(TimelineSVG.fixed(x))\" y1=\"24\" x2=\"\(TimelineSVG.fixed(x))\" y2=\"\(height)\"/>"
            out += "<text class=\"tl-today-label\" x=\"\(TimelineSVG.fixed(x + 3))\" y=\"\(layout.headerHeight - 1)\">today</text>"
        }
        for (row, bar) in bars.enumerated() {
            guard let original = bar.original else { continue }
            let (x1, x2) = extent(original.start, original.end)
            let top = layout.headerHeight + row * layout.rowHeight
            out += "<rect class=\"tl-original\" x=\"\(TimelineSVG.fixed(x1))\" y=\"\(top + layout.barTop - 3)\" width=\"\(TimelineSVG.fixed(x2 - x1))\""
            out += " height=\"\(layout.barHeight + 6)\" rx=\"4\"><title>\(HTML.escape("first planned \(original.start) to \(original.end)"))</title></rect>"
        }
        out += dependencyLines(bars)
        for (row, bar) in bars.enumerated() { out += render(bar, row: row, root: root) }
        return out + "</svg>"
    }

    /// A line from the end of each dependency's bar to the start of the bar that waits on it,
    /// for pairs drawn in this one picture; hidden until the page's switch shows them.
    private func dependencyLines(_ bars: [Bar]) -> String {
        guard bars.contains(where: { !$0.dependsOn.isEmpty }) else { return "" }
        var rowOf: [String: Int] = [:]
        for (row, bar) in bars.enumerated() where rowOf[bar.card.id] == nil { rowOf[bar.card.id] = row }
        var out = ""
        for (row, bar) in bars.enumerated() {
            for dependency in bar.dependsOn {
                guard let from = rowOf[dependency] else { continue }
                let fromX = extent(bars[from].start, bars[from].end).1, toX = extent(bar.start, bar.end).0
                let middle = layout.barTop + layout.barHeight / 2
                let y1 = layout.headerHeight + from * layout.rowHeight + middle
                let y2 = layout.headerHeight + row * layout.rowHeight + middle
                let late = bars[from].end > bar.start
                let bend = max(fromX, toX) + 8
                out += "<path class=\"tl-dep\(late ? " tl-dep--late" : "")\" d=\"M\(TimelineSVG.fixed(fromX)) \(y1) "
                out += "C\(TimelineSVG.fixed(bend)) \(y1) \(TimelineSVG.fixed(toX - 8)) \(y2) \(TimelineSVG.fixed(toX)) \(y2)\"/>"
            }
        }
        return out
    }

    /// Where a span's bar begins and ends, kept inside the window.
    private func extent(_ start: CalendarDate, _ end: CalendarDate) -> (Double, Double) {
        let windowEnd = Double(layout.labelWidth + quarterCount * layout.quarterWidth)
        var x1 = position(start, endOfDay: false)
        var x2 = position(end, endOfDay: true)
        x1 = min(max(x1, Double(layout.labelWidth)), windowEnd - 4)
        x2 = min(max(x2, x1 + 4), windowEnd)
        return (x1, x2)
    }

    private func render(_ bar: Bar, row: Int, root: String) -> String {
        let top = layout.headerHeight + row * layout.rowHeight
        let card = bar.card
        let (x1, x2) = extent(bar.start, bar.end)
        let tooltip = "\(card.title) — \(card.status.label), \(bar.start) to \(bar.end)"
        var out = "<a href=\"\(HTML.escape(root + card.url))\"><title>\(HTML.escape(tooltip))</title>"
        let title = HTML.escape(TimelineSVG.truncate(card.title, layout.titleLength))
        let status = HTML.escape(TimelineSVG.truncate(card.status.label, 14))
        if layout.labelsAbove {
            out += "<text class=\"tl-label\" x=\"4\" y=\"\(top + 14)\">\(title) <tspan class=\"tl-status\">\(status)</tspan></text>"
        } else {
            out += "<text class=\"tl-label\" x=\"8\" y=\"\(top + 18)\">\(title)</text>"
            out += "<text class=\"tl-status\" x=\"\(layout.labelWidth - 8)\" y=\"\(top + 18)\" text-anchor=\"end\">\(status)</text>"
        }
        out += "<rect class=\"tl-bar tl-bar--\(HTML.escape(card.status.category))\" x=\"\(TimelineSVG.fixed(x1))\" y=\"\(top + layout.barTop)\""
        out += " width=\"\(TimelineSVG.fixed(x2 - x1))\" height=\"\(layout.barHeight)\" rx=\"3\"/></a>"
        return out
    }

    /// The x coordinate of `date`, or nil when it lies outside the window.
    private func positionInside(_ date: CalendarDate) -> Double? {
        let x = position(date, endOfDay: false)
        let low = Double(layout.labelWidth), high = low + Double(quarterCount * layout.quarterWidth)
        return x >= low && x <= high ? x : nil
    }

    /// The x coordinate of the start (or the end) of a day; outside the window it lies beyond
    /// the grid and is clamped by the caller.
    private func position(_ date: CalendarDate, endOfDay: Bool) -> Double {
        let q = date.quarter
        let index = (q.year - first.year) * 4 + (q.number - first.number)
        let days = Double(q.lastDay.ordinal - q.firstDay.ordinal + 1)
        let into = Double(date.ordinal - q.firstDay.ordinal + (endOfDay ? 1 : 0))
        return Double(layout.labelWidth) + (Double(index) + into / days) * Double(layout.quarterWidth)
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
