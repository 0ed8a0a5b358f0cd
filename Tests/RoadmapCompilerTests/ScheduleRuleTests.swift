import RoadmapCompiler
import RoadmapCore
import Testing

/// RM308 overdue work and RM509 dependencies due after the work that waits on them.
@Suite struct ScheduleRuleTests {
    let path = "prds/payments/saved-cards.md"
    static let may4 = CompileOptions(today: CalendarDate(iso: "2026-05-04"))

    func prd(_ id: String, status: String = "planned", dates: String, depends: String = "") -> String {
        "---\nid: \(id)\ntitle: \(id)\nstatus: \(status)\nowner: Sam\n\(dates)\nokrs: [grow-checkout/kr1]\n\(depends)rice: { reach: 1, impact: 1, confidence: 1, effort: 1 }\n---\n## Problem\nP.\n## Success metrics\nM.\n"
    }

    @Test func openWorkPastItsDueDateIsOverdue() throws {
        let file = Marked(prd("saved-cards", status: "in-progress", dates: "due: «2026-03-31"))
        let result = try Fixture.compile([path: file.text], options: Self.may4)
        #expect(placed(result) == ["RM308 \(path):\(file.line):\(file.column)"])
        let d = try #require(result.diagnostics.first)
        #expect(d.severity == .warning)
        #expect(d.message == "this PRD was due on 2026-03-31, 34 days before today (2026-05-04), but it is still in-progress")
    }

    @Test func doneWorkAndWorkDueTodayAreNotOverdue() throws {
        let shipped = try Fixture.compile([path: prd("saved-cards", status: "shipped", dates: "due: 2026-03-31")], options: Self.may4)
        #expect(!shipped.diagnostics.contains { $0.code == .overdue })
        let today = try Fixture.compile([path: prd("saved-cards", dates: "due: 2026-05-04")], options: Self.may4)
        #expect(today.diagnostics.isEmpty, "\(today.diagnostics)")
        // Without a day the check does not run: the library reads no clock.
        let undated = try Fixture.compile([path: prd("saved-cards", dates: "due: 2020-01-01")])
        #expect(undated.diagnostics.isEmpty, "\(undated.diagnostics)")
    }

    @Test func aDependencyDueAfterTheStartIsReportedAtTheEntry() throws {
        let file = Marked(prd("saved-cards", dates: "start: 2026-07-01\ndue: 2026-09-30", depends: "depends_on: [payment-api, «card-vault]\n"))
        let result = try Fixture.compile([
            path: file.text,
            "prds/card-vault.md": prd("card-vault", dates: "due: 2026-08-15"),
            "prds/payment-api.md": prd("payment-api", dates: "due: 2026-06-30"),
        ], options: Self.may4)
        #expect(placed(result) == ["RM509 \(path):\(file.line):\(file.column)"])
        let d = try #require(result.diagnostics.first)
        #expect(d.message == "this PRD starts on 2026-07-01, but `card-vault`, which it depends on, is due 2026-08-15")
        #expect(d.notes.first?.location == SourceLocation(path: "prds/card-vault.md", line: 6, column: 6, length: 10))
    }

    @Test func withoutAStartTheDueDateIsCompared() throws {
        let file = Marked(prd("saved-cards", dates: "due: 2026-07-31", depends: "depends_on: [«card-vault]\n"))
        let result = try Fixture.compile([path: file.text, "prds/card-vault.md": prd("card-vault", dates: "due: 2026-08-15")])
        #expect(placed(result) == ["RM509 \(path):\(file.line):\(file.column)"])
        #expect(result.diagnostics.first?.message == "this PRD is due 2026-07-31, but `card-vault`, which it depends on, is due later, 2026-08-15")
        let done = try Fixture.compile([path: file.text, "prds/card-vault.md": prd("card-vault", status: "shipped", dates: "due: 2026-08-15")])
        #expect(done.diagnostics.isEmpty, "\(done.diagnostics)")
    }
}
