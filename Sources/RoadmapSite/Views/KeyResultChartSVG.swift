import RoadmapCore
import RoadmapHistory

/// A key result's check-ins across its objective's period as a static inline SVG: baseline and
/// target lines, the planned straight path from baseline on the first day to target on the last,
/// the check-ins as points and the forecast line to the last day. Coordinates have one decimal
/// (`TimelineSVG.fixed`) so the same history draws the same bytes; every label is escaped.
/// `data-y-min`/`data-y-max` give the value axis' range, so the drawing can be read back.
struct KeyResultChartSVG {
    static let width = 480.0, height = 160.0
    static let left = 56.0, right = 12.0, top = 12.0, bottom = 24.0

    let keyResult: KeyResult
    let period: Quarter
    let outlook: KeyResultOutlook

    func render(label: String) -> String {
        let start = period.firstDay, end = period.lastDay
        let days = Double(end.ordinal - start.ordinal)
        let points = outlook.checkIns.filter { $0.day >= start && $0.day <= end && $0.value != nil }
        var values = points.compactMap(\.value) + [keyResult.baseline, keyResult.target].compactMap { $0 }
        if let forecast = outlook.forecast { values += [forecast.projected, forecast.intercept + forecast.slope * Double(points.first.map { $0.day.ordinal - start.ordinal } ?? 0)] }
        var low = values.min() ?? 0, high = values.max() ?? 1
        if high - low < 1e-9 { low -= 1; high += 1 }
        let pad = (high - low) * 0.08
        low -= pad; high += pad
        let plotW = Self.width - Self.left - Self.right, plotH = Self.height - Self.top - Self.bottom
        func x(_ day: CalendarDate) -> Double { Self.left + plotW * Double(day.ordinal - start.ordinal) / days }
        func xDays(_ d: Double) -> Double { Self.left + plotW * d / days }
        func y(_ v: Double) -> Double { Self.top + plotH * (high - v) / (high - low) }
        let f = TimelineSVG.fixed
        var out = "<svg class=\"kr-chart\" role=\"img\" viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\" width=\"\(Int(Self.width))\" height=\"\(Int(Self.height))\""
        out += " data-y-min=\"\(Self.raw(low))\" data-y-max=\"\(Self.raw(high))\" aria-label=\"\(HTML.escape(label))\">"
        out += "<title>\(HTML.escape(label))</title>"
        out += "<rect class=\"krc-frame\" x=\"\(f(Self.left))\" y=\"\(f(Self.top))\" width=\"\(f(plotW))\" height=\"\(f(plotH))\"/>"
        let unit = keyResult.unit
        out += "<text class=\"krc-axis\" x=\"\(f(Self.left - 4))\" y=\"\(f(Self.top + 4))\" text-anchor=\"end\">\(HTML.escape(Numbers.format(high, unit: unit)))</text>"
        out += "<text class=\"krc-axis\" x=\"\(f(Self.left - 4))\" y=\"\(f(Self.top + plotH))\" text-anchor=\"end\">\(HTML.escape(Numbers.format(low, unit: unit)))</text>"
        out += "<text class=\"krc-axis\" x=\"\(f(Self.left))\" y=\"\(f(Self.height - 6))\">\(start)</text>"
        out += "<text class=\"krc-axis\" x=\"\(f(Self.left + plotW))\" y=\"\(f(Self.height - 6))\" text-anchor=\"end\">\(end)</text>"
        if let baseline = keyResult.baseline {
            out += "<line class=\"krc-baseline\" x1=\"\(f(Self.left))\" y1=\"\(f(y(baseline)))\" x2=\"\(f(Self.left + plotW))\" y2=\"\(f(y(baseline)))\"><title>baseline \(HTML.escape(Numbers.format(baseline, unit: unit)))</title></line>"
        }
        if let target = keyResult.target {
            out += "<line class=\"krc-target\" x1=\"\(f(Self.left))\" y1=\"\(f(y(target)))\" x2=\"\(f(Self.left + plotW))\" y2=\"\(f(y(target)))\"><title>target \(HTML.escape(Numbers.format(target, unit: unit)))</title></line>"
            if let baseline = keyResult.baseline {
                out += "<line class=\"krc-plan\" x1=\"\(f(x(start)))\" y1=\"\(f(y(baseline)))\" x2=\"\(f(x(end)))\" y2=\"\(f(y(target)))\"><title>planned path</title></line>"
            }
        }
        if let forecast = outlook.forecast, let first = points.first {
            let from = Double(first.day.ordinal - start.ordinal)
            out += "<line class=\"krc-forecast\" x1=\"\(f(xDays(from)))\" y1=\"\(f(y(forecast.intercept + forecast.slope * from)))\""
            out += " x2=\"\(f(x(end)))\" y2=\"\(f(y(forecast.projected)))\"><title>forecast \(HTML.escape(Numbers.format(forecast.projected, unit: unit))) by \(end)</title></line>"
        }
        for point in points {
            let value = point.value!
            var tip = "\(point.day) \(Numbers.format(value, unit: unit)) by \(point.commit.authorName)"
            if let note = point.note { tip += ": \(note)" }
            out += "<circle class=\"krc-checkin\" cx=\"\(f(x(point.day)))\" cy=\"\(f(y(value)))\" r=\"3\"><title>\(HTML.escape(tip))</title></circle>"
        }
        return out + "</svg>"
    }

    /// A raw number for a data attribute: shortest round-trip text, the same on every machine.
    static func raw(_ value: Double) -> String { "\(value)" }
}
