import Foundation
import RoadmapCore

/// Draws the value vs effort matrix as inline SVG: both axes logarithmic (reach alone spans
/// several powers of ten), split at the medians into the four named quadrants, a dot per PRD
/// coloured by status, and titles beside the best-scoring dots where they fit. Every piece of
/// text is escaped here, since templates insert the drawing as it is.
struct ValueEffortSVG: Sendable {
    struct Dot: Sendable {
        let card: CardView
        let value: Double
        let effort: Double
    }

    /// Shared by the whole roadmap's matrix and each team's, so positions compare.
    struct Axes: Sendable {
        /// Powers of ten at the ends of each axis.
        let effortDecades: ClosedRange<Int>
        let valueDecades: ClosedRange<Int>
        let effortMedian: Double
        let valueMedian: Double

        init(matrix: ValueEffort) {
            func decades(_ values: [Double]) -> ClosedRange<Int> {
                let logs = values.filter { $0 > 0 }.map { log10($0) }
                guard let low = logs.min(), let high = logs.max() else { return 0...1 }
                let a = Int(low.rounded(.down)), b = max(Int(high.rounded(.up)), a + 1)
                return a...b
            }
            effortDecades = decades(matrix.points.map(\.effort))
            valueDecades = decades(matrix.points.map(\.value))
            effortMedian = matrix.effortMedian
            valueMedian = matrix.valueMedian
        }
    }

    let axes: Axes

    static let width = 900, height = 560
    static let left = 78, right = 16, top = 16, bottom = 52
    /// Titles drawn beside dots, best scores first, where they do not collide.
    static let labelCap = 25
    static let labelLength = 26
    /// More dots than this are spread sideways a little (see `render`).
    static let spreadAbove = 50

    private var plotWidth: Double { Double(Self.width - Self.left - Self.right) }
    private var plotHeight: Double { Double(Self.height - Self.top - Self.bottom) }

    /// A twentieth of a decade beyond each end, so dots on a power of ten do not sit on the frame.
    static let padding = 0.05

    /// Where `log10(v)` lies between the ends of `decades`, from 0 to 1.
    private static func fraction(_ logValue: Double, _ decades: ClosedRange<Int>) -> Double {
        let low = Double(decades.lowerBound) - padding, high = Double(decades.upperBound) + padding
        return min(max((logValue - low) / (high - low), 0), 1)
    }

    func x(_ effort: Double) -> Double {
        Double(Self.left) + Self.fraction(log10(max(effort, 1e-12)), axes.effortDecades) * plotWidth
    }

    /// A value of 0 (no reach, or no confidence) sits on the bottom edge.
    func y(_ value: Double) -> Double {
        let t = value > 0 ? Self.fraction(log10(value), axes.valueDecades) : 0
        return Double(Self.top) + (1 - t) * plotHeight
    }

    /// `dots` best score first; `linked` makes each dot a link with its title on hover (off for
    /// thousands of dots, which would weigh megabytes).
    func render(_ dots: [Dot], id: String, caption: String, root: String, linked: Bool) -> String {
        let f = TimelineSVG.fixed
        var out = "<svg class=\"matrix\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.width)\" height=\"\(Self.height)\""
        out += " viewBox=\"0 0 \(Self.width) \(Self.height)\" aria-labelledby=\"\(id)-title\">"
        out += "<title id=\"\(id)-title\">\(HTML.escape(caption))</title>"
        let mx = x(axes.effortMedian), my = y(axes.valueMedian)
        let l = Double(Self.left), t = Double(Self.top), r = l + plotWidth, b = t + plotHeight
        let quadrants: [(ValueEffort.Quadrant, Double, Double, Double, Double)] = [
            (.quickWins, l, t, mx, my), (.bigBets, mx, t, r, my), (.fillIns, l, my, mx, b), (.moneyPits, mx, my, r, b),
        ]
        for (quadrant, x1, y1, x2, y2) in quadrants {
            out += "<rect class=\"ve-q ve-q--\(quadrant.rawValue)\" x=\"\(f(x1))\" y=\"\(f(y1))\" width=\"\(f(max(0, x2 - x1)))\" height=\"\(f(max(0, y2 - y1)))\"/>"
        }
        out += axis()
        out += "<text class=\"ve-qlabel\" x=\"\(f(l + 8))\" y=\"\(f(t + 18))\">Quick wins</text>"
        out += "<text class=\"ve-qlabel\" x=\"\(f(r - 8))\" y=\"\(f(t + 18))\" text-anchor=\"end\">Big bets</text>"
        out += "<text class=\"ve-qlabel\" x=\"\(f(l + 8))\" y=\"\(f(b - 10))\">Fill-ins</text>"
        out += "<text class=\"ve-qlabel\" x=\"\(f(r - 8))\" y=\"\(f(b - 10))\" text-anchor=\"end\">Money pits</text>"
        // Efforts are often a few round numbers, which stack hundreds of dots in one column: a
        // small sideways offset taken from the id spreads them, the same on every build.
        let spread = dots.count > ValueEffortSVG.spreadAbove
        // Drawn worst first so the best-scoring dots sit on top.
        for dot in dots.reversed() {
            let offset = spread ? Double(StableHash.fnv1a(Array(dot.card.id.utf8)) % 13) - 6 : 0
            let circle = "<circle class=\"ve-dot ve-dot--\(HTML.escape(dot.card.status.category))\" cx=\"\(f(x(dot.effort) + offset))\" cy=\"\(f(y(dot.value)))\" r=\"\(linked ? 5 : 3)\"/>"
            if linked {
                let tip = "\(dot.card.title) — value \(Numbers.format(dot.value)), effort \(Numbers.format(dot.effort)) person-months, \(dot.card.status.label)"
                out += "<a href=\"\(HTML.escape(root + dot.card.url))\"><title>\(HTML.escape(tip))</title>\(circle)</a>"
            } else {
                out += circle
            }
        }
        out += labels(dots, root: root, linked: linked)
        return out + "</svg>"
    }

    private func axis() -> String {
        let f = TimelineSVG.fixed
        let l = Double(Self.left), t = Double(Self.top), r = l + plotWidth, b = t + plotHeight
        var out = "<rect class=\"ve-frame\" x=\"\(f(l))\" y=\"\(f(t))\" width=\"\(f(plotWidth))\" height=\"\(f(plotHeight))\"/>"
        for decade in axes.effortDecades {
            let px = x(pow(10, Double(decade)))
            out += "<line class=\"ve-tick\" x1=\"\(f(px))\" y1=\"\(f(t))\" x2=\"\(f(px))\" y2=\"\(f(b))\"/>"
            out += "<text class=\"ve-axis\" x=\"\(f(px))\" y=\"\(f(b + 16))\" text-anchor=\"middle\">\(ValueEffortSVG.tick(decade))</text>"
        }
        for decade in axes.valueDecades {
            let py = y(pow(10, Double(decade)))
            out += "<line class=\"ve-tick\" x1=\"\(f(l))\" y1=\"\(f(py))\" x2=\"\(f(r))\" y2=\"\(f(py))\"/>"
            out += "<text class=\"ve-axis\" x=\"\(f(l - 6))\" y=\"\(f(py + 4))\" text-anchor=\"end\">\(ValueEffortSVG.tick(decade))</text>"
        }
        out += "<line class=\"ve-median\" x1=\"\(f(x(axes.effortMedian)))\" y1=\"\(f(t))\" x2=\"\(f(x(axes.effortMedian)))\" y2=\"\(f(b))\"/>"
        out += "<line class=\"ve-median\" x1=\"\(f(l))\" y1=\"\(f(y(axes.valueMedian)))\" x2=\"\(f(r))\" y2=\"\(f(y(axes.valueMedian)))\"/>"
        out += "<text class=\"ve-axis-title\" x=\"\(f(l + plotWidth / 2))\" y=\"\(Self.height - 8)\" text-anchor=\"middle\">Effort (person-months, log scale)</text>"
        out += "<text class=\"ve-axis-title\" transform=\"rotate(-90)\" x=\"\(f(-(t + plotHeight / 2)))\" y=\"16\" text-anchor=\"middle\">Value: reach × impact × confidence (log scale)</text>"
        return out
    }

    /// Titles beside the best dots: right, left, above or below, the first spot that stays inside
    /// the plot and clear of the titles already placed; a dot with no such spot stays unlabelled
    /// (its quadrant's list names it).
    private func labels(_ dots: [Dot], root: String, linked: Bool) -> String {
        let f = TimelineSVG.fixed
        var taken: [(Double, Double, Double, Double)] = []
        var out = ""
        for dot in dots.prefix(Self.labelCap) {
            let text = TimelineSVG.truncate(dot.card.title, Self.labelLength)
            let w = Double(text.count) * 6.4, h = 13.0
            let cx = x(dot.effort), cy = y(dot.value)
            let spots: [(Double, Double, String)] = [
                (cx + 8, cy + 4, "start"), (cx - 8, cy + 4, "end"), (cx, cy - 9, "middle"), (cx, cy + 17, "middle"),
            ]
            for (sx, sy, anchor) in spots {
                let x0 = anchor == "start" ? sx : anchor == "end" ? sx - w : sx - w / 2
                let box = (x0, sy - h + 3, x0 + w, sy + 3)
                let inside = box.0 >= Double(Self.left) && box.2 <= Double(Self.left) + plotWidth
                    && box.1 >= Double(Self.top) && box.3 <= Double(Self.top) + plotHeight
                guard inside, !taken.contains(where: { $0.0 < box.2 && box.0 < $0.2 && $0.1 < box.3 && box.1 < $0.3 }) else { continue }
                taken.append(box)
                let label = "<text class=\"ve-label\" x=\"\(f(sx))\" y=\"\(f(sy))\" text-anchor=\"\(anchor)\">\(HTML.escape(text))</text>"
                out += linked ? "<a href=\"\(HTML.escape(root + dot.card.url))\">\(label)</a>" : label
                break
            }
        }
        return out
    }

    /// `0.1`, `1`, `10`, `1k`, `1M`: powers of ten for axis ticks.
    static func tick(_ decade: Int) -> String {
        switch decade {
        case ..<0: "0." + String(repeating: "0", count: -decade - 1) + "1"
        case 0..<3: "1" + String(repeating: "0", count: decade)
        case 3..<6: "1" + String(repeating: "0", count: decade - 3) + "k"
        case 6..<9: "1" + String(repeating: "0", count: decade - 6) + "M"
        default: "1e\(decade)"
        }
    }
}
