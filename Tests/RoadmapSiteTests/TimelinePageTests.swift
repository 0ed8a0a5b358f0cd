import Foundation
import RoadmapCore
import Testing
@testable import RoadmapSite

/// The timeline page: today's line, undated work named, dependency lines, a drawing per screen.
@Suite struct TimelinePageTests {
    static func build(_ features: [Feature], today: String? = "2026-08-15") throws -> (String, TempFolder) {
        let temp = TempFolder()
        let out = temp.path + "/site"
        var options = SiteTestSupport.options(output: out)
        options.today = today.flatMap { CalendarDate(iso: $0) }
        _ = try SiteTestSupport.build(Fixtures.link(objectives: [], features: features), options: options)
        return (out, temp)
    }

    static let scheduled = [
        Fixtures.feature("api", title: "API", status: "in-progress", team: "Core", start: "2026-07-01", due: "2026-09-30"),
        Fixtures.feature("app", title: "App", status: "planned", team: "Core", start: "2026-09-01", due: "2026-12-15",
                         dependsOn: ["api"]),
        Fixtures.feature("web", title: "Web", status: "planned", team: "Core", start: "2026-10-01", due: "2026-12-20",
                         dependsOn: ["api"]),
    ]

    @Test func todayIsALineWhenItFallsInTheWindow() throws {
        let (out, temp) = try TimelinePageTests.build(TimelinePageTests.scheduled)
        defer { temp.remove() }
        let page = SiteTestSupport.read(out + "/timeline.html")
        // 2026-08-15 is day 46 of 92 in 2026-Q3, the first quarter drawn: 330 + 45/92 * 110.
        #expect(page.contains("<line class=\"tl-today\" x1=\"383.8\" y1=\"24\" x2=\"383.8\""))
        #expect(page.contains("The red line is today, 2026-08-15."))
        let (late, lateTemp) = try TimelinePageTests.build(TimelinePageTests.scheduled, today: "2031-01-01")
        defer { lateTemp.remove() }
        #expect(!SiteTestSupport.read(late + "/timeline.html").contains("tl-today"), "outside the window: no line")
        let (none, noneTemp) = try TimelinePageTests.build(TimelinePageTests.scheduled, today: nil)
        defer { noneTemp.remove() }
        #expect(!SiteTestSupport.read(none + "/timeline.html").contains("tl-today"))
    }

    @Test func dependencyLinesJoinBarsAndMarkTheLateOnes() throws {
        let (out, temp) = try TimelinePageTests.build(TimelinePageTests.scheduled)
        defer { temp.remove() }
        let page = SiteTestSupport.read(out + "/timeline.html")
        #expect(page.contains("<input type=\"checkbox\" id=\"show-dependencies\">"))
        let wide = try #require(page.range(of: "timeline--wide")).lowerBound
        let compact = try #require(page.range(of: "timeline--compact")).lowerBound
        let drawing = String(page[wide..<compact])
        // api ends 2026-09-30, after app starts (2026-09-01): late; web starts after it: not.
        #expect(drawing.components(separatedBy: "<path class=\"tl-dep tl-dep--late\"").count - 1 == 1)
        #expect(drawing.components(separatedBy: "<path class=\"tl-dep\"").count - 1 == 1)
        let alone = try TimelinePageTests.build([TimelinePageTests.scheduled[0]])
        defer { alone.1.remove() }
        #expect(!SiteTestSupport.read(alone.0 + "/timeline.html").contains("show-dependencies"), "no switch without lines")
    }

    @Test func undatedWorkIsNamedThenCounted() throws {
        let undated = (0..<33).map { Fixtures.feature(String(format: "u%02d", $0), title: "Undated <\($0)>", status: "idea", team: "Core") }
        let (out, temp) = try TimelinePageTests.build(TimelinePageTests.scheduled + undated)
        defer { temp.remove() }
        let page = SiteTestSupport.read(out + "/timeline.html")
        #expect(page.contains("Without dates or quarter (33):"))
        #expect(page.contains("<li><a href=\"prd/u00.html\" dir=\"auto\">Undated &lt;0&gt;</a></li>"))
        #expect(page.contains("<a href=\"prd/u29.html\""))
        #expect(!page.contains("<a href=\"prd/u30.html\""), "thirty named")
        #expect(page.contains("<li><a href=\"teams/core.html\">and 3 more</a></li></ul>"))
    }

    @Test func aPhoneGetsItsOwnDrawingWithTitlesAboveTheBars() throws {
        let (out, temp) = try TimelinePageTests.build(TimelinePageTests.scheduled)
        defer { temp.remove() }
        let page = SiteTestSupport.read(out + "/timeline.html")
        #expect(page.contains("<svg class=\"timeline timeline--wide\" xmlns=\"http://www.w3.org/2000/svg\" width=\"550\""))
        #expect(page.contains("<svg class=\"timeline timeline--compact\" xmlns=\"http://www.w3.org/2000/svg\" width=\"152\""))
        #expect(page.contains("<text class=\"tl-label\" x=\"4\" y=\"44\">API <tspan class=\"tl-status\">in-progress</tspan></text>"))
    }
}
