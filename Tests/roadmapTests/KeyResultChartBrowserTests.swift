import Foundation
import RoadmapTestSupport
import Testing

/// The key-result charts of the demo roadmap (`roadmap-corpus demo`), as headless Chromium sees
/// them: every drawn number, mapped back through the chart's own scale, is the number the text
/// beside it states (check-in values, baseline, target, the forecast's projected value).
@Suite struct KeyResultChartBrowserTests {
    /// The chart's plot frame (`KeyResultChartSVG`): y of the top edge and height, in SVG units.
    struct Chart {
        var yMin: Double, yMax: Double, top: Double, height: Double
        func value(atY y: Double) -> Double { yMax - (y - top) / height * (yMax - yMin) }
        /// Coordinates are written with one decimal; numbers in text with their unit's precision.
        var tolerance: Double { (yMax - yMin) * 0.01 }
    }

    /// The number in a value as text: `+30.2`, `91.91%`, `€605,928`, `0.78 days`, `-4`.
    static func number(_ text: Substring) -> Double? {
        let kept = text.filter { $0.isNumber || $0 == "." || $0 == "-" }
        return Double(kept)
    }

    static func attribute(_ name: String, in tag: Substring) -> Double? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        return Double(tag[range.upperBound...].prefix { $0 != "\"" })
    }

    static func matches(_ pattern: String, in text: Substring) -> [[Substring]] {
        let regex = try! Regex<AnyRegexOutput>(pattern)
        return text.matches(of: regex).map { match in (0..<match.output.count).map { match.output[$0].substring ?? "" } }
    }

    @Test(.enabled(if: HeadlessChromium.locate() != nil, "headless Chromium is not installed (scripts/install-deps.sh --browser installs it)"))
    func theDemoChartsDrawTheNumbersTheirTextStates() throws {
        let browser = try #require(HeadlessChromium.locate())
        let ws = try Workspace(git: false)
        let demo = ws.base + "/demo", site = ws.base + "/site"
        let made = try CLI.run(try CLI.binary().replacingOccurrences(of: "/roadmap", with: "/roadmap-corpus", options: .backwards, range: nil),
                               ["demo", demo], in: ws.base, environment: CLI.environment(home: ws.home))
        #expect(made.status == 0, "\(made)")
        let built = try CLI.run(try CLI.binary(), ["build", demo, "--today", "2026-11-30", "--out", site], in: ws.base,
                                environment: CLI.environment(home: ws.home))
        #expect(built.status == 0, "\(built)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: site + "/objectives").filter { $0.hasSuffix(".html") }.sorted()
            // The renamed objective's old page sends the browser on to the new one: not a page of its own.
            .filter { !(((try? String(contentsOfFile: site + "/objectives/" + $0, encoding: .utf8)) ?? "").contains("class=\"page-redirect\"")) }
        var charts = 0, forecasts = 0
        for page in pages {
            let dom = try HeadlessChromium.dumpDOM(browser, url: URL(fileURLWithPath: site + "/objectives/" + page).absoluteString)
            for figure in Self.matches(#"<figure class="kr__chart">(.*?)</figure>"#, in: dom[...]).map({ $0[1] }) {
                charts += 1
                let svgTag = try #require(figure.range(of: "<svg").map { figure[$0.lowerBound...].prefix { $0 != ">" } })
                let frame = try #require(figure.range(of: "<rect class=\"krc-frame\"").map { figure[$0.lowerBound...].prefix { $0 != ">" } })
                let chart = Chart(yMin: try #require(Self.attribute("data-y-min", in: svgTag)), yMax: try #require(Self.attribute("data-y-max", in: svgTag)),
                                  top: try #require(Self.attribute("y", in: frame)), height: try #require(Self.attribute("height", in: frame)))
                // Each check-in dot sits at the value its tooltip states.
                let dots = Self.matches(#"<circle class="krc-checkin" cx="[0-9.]+" cy="([0-9.]+)" r="3"><title>\d{4}-\d\d-\d\d (.+?) by "#, in: figure)
                #expect(!dots.isEmpty, "\(page): a chart without check-ins")
                for dot in dots {
                    let drawn = chart.value(atY: try #require(Double(dot[1]))), stated = try #require(Self.number(dot[2]))
                    #expect(abs(drawn - stated) <= chart.tolerance, "\(page): a dot drawn at \(drawn) says \(dot[2])")
                }
                // Baseline and target lines sit at the values their titles state.
                for kind in ["baseline", "target"] {
                    let lines = Self.matches(#"<line class="krc-\#(kind)" x1="[0-9.]+" y1="([0-9.]+)"[^>]*><title>\#(kind) ([^<]+)</title>"#, in: figure)
                    #expect(lines.count == 1, "\(page): \(lines.count) \(kind) lines")
                    for line in Self.matches(#"<line class="krc-\#(kind)" x1="[0-9.]+" y1="([0-9.]+)"[^>]*><title>\#(kind) ([^<]+)</title>"#, in: figure) {
                        let drawn = chart.value(atY: try #require(Double(line[1]))), stated = try #require(Self.number(line[2]))
                        #expect(abs(drawn - stated) <= chart.tolerance, "\(page): the \(kind) line is at \(drawn), its text says \(line[2])")
                    }
                }
                // The forecast line ends, on the period's last day, at the projection the caption states.
                if let line = Self.matches(#"<line class="krc-forecast" x1="[0-9.]+" y1="[0-9.]+" x2="[0-9.]+" y2="([0-9.]+)">"#, in: figure).first {
                    forecasts += 1
                    let caption = try #require(Self.matches(#"<figcaption><strong>Forecast: (.+?) by (\d{4}-\d\d-\d\d)"#, in: figure).first, "\(page): a forecast line without its text")
                    let drawn = chart.value(atY: try #require(Double(line[1]))), stated = try #require(Self.number(caption[1]))
                    #expect(abs(drawn - stated) <= chart.tolerance, "\(page): the forecast ends at \(drawn), the caption says \(caption[1])")
                    #expect(figure.contains("by \(caption[2])</text>") || figure.contains("\(caption[2])</text>"), "\(page): the x axis does not end on the forecast's day")
                }
            }
        }
        // The demo's six key results all have check-ins and forecasts.
        #expect(charts == 6, "charts \(charts)")
        #expect(forecasts == 6, "forecasts \(forecasts)")
    }
}
