import Foundation
import Testing

/// `roadmap diff --since/--until` by day, and `roadmap log` in a stakeholder's words.
@Suite struct HistoryTextCLITests {
    /// A roadmap from `roadmap init`, committed on 2026-01-10; its PRD slips quarter and due in
    /// one commit on 2026-02-15, and the objective checks in on 2026-03-20.
    static func workspace() throws -> Workspace {
        let ws = try Workspace()
        #expect(try ws.roadmap("init", ".").status == 0)
        try ws.git("add", "-A")
        try commit(ws, "Start the roadmap", on: "2026-01-10")
        let prd = try #require(ws.read("prds/guided-first-run.md"))
        let quarter = try #require(prd.split(separator: "\n").first { $0.hasPrefix("quarter:") })
        try ws.write("prds/guided-first-run.md", prd.replacingOccurrences(of: String(quarter), with: "quarter: 2027-Q4")
            .replacingOccurrences(of: "status: planned", with: "status: planned\ndue: 2027-12-17"))
        try ws.git("add", "-A")
        try commit(ws, "Push the first run back: design is not ready", on: "2026-02-15")
        return ws
    }

    static func commit(_ ws: Workspace, _ message: String, on day: String) throws {
        let date = "\(day)T12:00:00+00:00"
        let result = try ws.gitResult("commit", "-q", "-m", message, env: ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date])
        #expect(result.status == 0, "\(result)")
    }

    @Test func diffTakesDaysForSinceAndUntil() throws {
        let ws = try Self.workspace()
        let february = try ws.roadmap("diff", "--since", "2026-02-01", "--until", "2026-02-28")
        #expect(february.status == 0, "\(february)")
        #expect(february.stdout.contains("guided-first-run"), "\(february)")
        let january = try ws.roadmap("diff", "--since", "2026-01-11", "--until", "2026-01-31")
        #expect(january.status == 0, "\(january)")
        #expect(!january.stdout.contains("guided-first-run"), "nothing changed in the rest of January: \(january)")
        let byRevision = try ws.roadmap("diff", "--since", "HEAD~1")
        #expect(byRevision.stdout == february.stdout)
        let both = try ws.roadmap("diff", "HEAD~1", "--since", "2026-02-01")
        #expect(both.status == 2)
        #expect(both.stderr.contains("either as an argument or as --since"), "\(both)")
        let tooEarly = try ws.roadmap("diff", "--since", "2025-06-01")
        #expect(tooEarly.status == 2)
        #expect(tooEarly.stderr.contains("no commit on or before 2025-05-31"), "\(tooEarly)")
    }

    @Test func logNamesItemsByTitleAndSaysSlipOncePerChange() throws {
        let ws = try Self.workspace()
        let log = try ws.roadmap("log")
        #expect(log.status == 0, "\(log)")
        let line = try #require(log.stdout.split(separator: "\n").first { $0.hasPrefix("2026-02-15") }.map(String.init))
        #expect(line.contains("(guided-first-run)"), "\(line)")
        #expect(line.contains("“Push the first run back: design is not ready”"), "\(line)")
        #expect(line.components(separatedBy: "(slip)").count == 2, "slip once: \(line)")
        #expect(line.contains("due 2027-12-17"), "\(line)")
    }
}
