import Foundation
import Testing

/// "Today" for overdue (RM308) and stale (RM950) work: `--today`, else `SOURCE_DATE_EPOCH`, else
/// the clock; both checks measure from the same day.
@Suite struct TodayOptionTests {
    /// A roadmap committed on 2026-03-01 (the CLI tests' fixed commit date) with one PRD in
    /// progress, due 2026-04-30.
    static func committed() throws -> Workspace {
        let ws = try Workspace()
        try ws.write("okrs/o.md", "---\nid: o\ntitle: O\n---\n")
        try ws.write("prds/a.md", "---\nid: a\ntitle: A\nstatus: in-progress\nowner: Sam\ndue: 2026-04-30\nokrs: [o]\nrice: { reach: 1, impact: 1, confidence: 1, effort: 1 }\n---\n")
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "start")
        return ws
    }

    @Test func overdueAndStaleMeasureFromTheGivenDay() throws {
        let ws = try Self.committed()
        let june = try ws.roadmap("check", "--history", "--today", "2026-06-01")
        #expect(june.status == 0, "\(june)")
        #expect(june.stdout.hasPrefix("prds/a.md:4:9: warning[RM950]"), "\(june)")
        #expect(june.stdout.contains("prds/a.md:6:6: warning[RM308]: this PRD was due on 2026-04-30, 32 days before today (2026-06-01), but it is still in-progress\n"))
        #expect(june.stdout.hasSuffix("checked 2 files: 2 warnings\n"))
        let march = try ws.roadmap("check", "--history", "--today", "2026-03-05")
        #expect(march.stdout == "checked 2 files: no problems\n", "\(march)")
    }

    @Test func sourceDateEpochIsTodayWithoutTheOption() throws {
        let ws = try Self.committed()
        // 2026-05-04T12:00:00Z.
        let may = try ws.roadmap("check", env: ["SOURCE_DATE_EPOCH": "1777896000"])
        #expect(may.stdout.hasPrefix("prds/a.md:6:6: warning[RM308]: this PRD was due on 2026-04-30, 4 days before today (2026-05-04)"), "\(may)")
        let given = try ws.roadmap("check", "--today", "2026-04-30", env: ["SOURCE_DATE_EPOCH": "1777896000"])
        #expect(given.stdout == "checked 2 files: no problems\n", "\(given)")
    }

    @Test func theSitePlacesWorkAgainstTheSameDay() throws {
        let ws = try Self.committed()
        try ws.write("prds/b.md", "---\nid: b\ntitle: Later work\nstatus: planned\nowner: Sam\nquarter: 2026-Q4\nokrs: [o]\nrice: { reach: 1, impact: 1, confidence: 1, effort: 1 }\n---\n")
        func board(_ arguments: String..., env: [String: String] = [:]) throws -> String {
            let built = try CLI.run(try CLI.binary(), ["build", "--no-history", "--out", "site"] + arguments, in: ws.root,
                                    environment: CLI.environment(home: ws.home, extra: env))
            #expect(built.status == 0, "\(built)")
            return try String(contentsOfFile: ws.root + "/site/board/horizons.html", encoding: .utf8)
        }
        func column(of id: String, in page: String) -> String? {
            guard let card = page.range(of: "prd/\(id).html") else { return nil }
            return page[..<card.lowerBound].ranges(of: "id=\"col-").last.map { String(page[$0.upperBound...].prefix { $0 != "\"" }) }
        }
        let summer = try board("--today", "2026-08-01")
        #expect(column(of: "b", in: summer) == "next", "2026-Q4 is the quarter after 2026-Q3")
        let winter = try board("--today", "2026-11-01")
        #expect(column(of: "b", in: winter) == "now")
        // 2026-08-01T00:00:00Z: the same day from SOURCE_DATE_EPOCH gives the same bytes.
        let fromEpoch = try board(env: ["SOURCE_DATE_EPOCH": "1785542400"])
        #expect(fromEpoch == summer)
    }

    @Test func aBadDayIsRefused() throws {
        let ws = try Self.committed()
        let bad = try ws.roadmap("check", "--today", "2026-02-30")
        #expect(bad.status == 64 || bad.status == 2, "\(bad)")
        #expect(bad.stderr.contains("--today expects a day written YYYY-MM-DD, not '2026-02-30'"))
        #expect(try ws.roadmap("list", "--today", "2026-06-01").status == 0)
        #expect(try ws.roadmap("build", "--today", "2026-06-01", "--no-history").status == 0)
    }
}
