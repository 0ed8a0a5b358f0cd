import Foundation
import Testing

@Suite struct NewCommandTests {
    /// A repository with a fresh roadmap at `road/`, committed.
    static func roadmap() throws -> Workspace {
        let ws = try Workspace()
        #expect(try ws.roadmap("init", "road").status == 0)
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "roadmap")
        return ws
    }

    /// Today as `roadmap new` sees it, YYYY-MM-DD in the machine's time zone.
    static var today: String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    @Test func newPRDPassesCheckAsItIs() throws {
        let ws = try Self.roadmap()
        let result = try ws.roadmap("new", "prd", "Über schnelle Zahlung", in: "road")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "prds/uber-schnelle-zahlung.md\n")
        #expect(result.stderr == "")
        let text = try #require(ws.read("road/prds/uber-schnelle-zahlung.md"))
        #expect(text.hasPrefix("---\nid: uber-schnelle-zahlung\ntitle: Über schnelle Zahlung\nstatus: idea\nowner: Ada Lovelace\nteam:\nquarter: \(currentQuarter())\nokrs: []\n"))
        #expect(text.contains("\n## Problem\n\n") && text.contains("\n## Success metrics\n\n"))
        // It passes; what it reports is the template's prompts and its placeholder reach, each at
        // its line, until the author replaces them.
        let check = try ws.roadmap("check", "road")
        #expect(check.status == 0, "\(check)")
        #expect(Self.codes(check.stdout) == ["RM309", "RM705", "RM705"], "\(check)")
        #expect(check.stdout.hasPrefix("road/prds/uber-schnelle-zahlung.md:11:16: warning[RM309]: RICE reach is 0"))
        #expect(check.stdout.hasSuffix("checked 3 files: 3 warnings\n"))
    }

    /// The codes a `check` reported, in order.
    static func codes(_ output: String) -> [String] {
        output.split(separator: "\n").compactMap { line in
            guard let open = line.range(of: "warning[") ?? line.range(of: "error["), !line.hasPrefix(" ") else { return nil }
            return String(line[open.upperBound...].prefix(5))
        }
    }

    @Test func idsNeverCollide() throws {
        let ws = try Self.roadmap()
        #expect(try ws.roadmap("new", "prd", "Über schnelle Zahlung", in: "road").stdout == "prds/uber-schnelle-zahlung.md\n")
        #expect(try ws.roadmap("new", "prd", "Uber schnelle Zahlung!", in: "road").stdout == "prds/uber-schnelle-zahlung-2.md\n")
        // An id taken by an objective counts too: PRDs and objectives share one namespace.
        #expect(try ws.roadmap("new", "prd", "First week success", in: "road").stdout == "prds/first-week-success-2.md\n")
        #expect(try ws.roadmap("new", "prd", "新しい決済フロー", in: "road").stdout == "prds/prd-1.md\n")
        #expect(try ws.roadmap("new", "prd", "🚀", in: "road").stdout == "prds/prd-2.md\n")
        let check = try ws.roadmap("check", "road")
        #expect(check.status == 0)
        #expect(Set(Self.codes(check.stdout)) == ["RM309", "RM705"], "only the templates' placeholders: \(check)")
    }

    @Test func activePRDWithOKRsAndTeamChecksClean() throws {
        let ws = try Self.roadmap()
        try FileManager.default.createDirectory(atPath: ws.path("road/prds/growth"), withIntermediateDirectories: true)
        let result = try ws.roadmap("new", "prd", "Invite teammates", "--team", "growth", "--status", "planned",
                                    "--okr", "first-week-success/kr1", "--okr", "first-week-success", in: "road")
        #expect(result.stdout == "prds/growth/invite-teammates.md\n")
        #expect(result.stderr == "")
        let text = try #require(ws.read("road/prds/growth/invite-teammates.md"))
        #expect(text.contains("status: planned\nowner: Ada Lovelace\nteam: growth\n"))
        #expect(text.contains("okrs: [first-week-success/kr1, first-week-success]\n"))
        let check = try ws.roadmap("check", "road")
        #expect(check.status == 0)
        #expect(Set(Self.codes(check.stdout)) == ["RM309", "RM705"], "only the template's placeholders: \(check)")
    }

    @Test func newObjectiveFromASubFolderWarnsUntilAPRDMovesIt() throws {
        let ws = try Self.roadmap()
        let result = try ws.roadmap("new", "objective", "Grow revenue", in: "road/prds")
        #expect(result.status == 0)
        #expect(result.stdout == "../okrs/grow-revenue.md\n")
        #expect(result.stderr.hasPrefix("../okrs/grow-revenue.md:2:5: warning[RM902]: no PRD moves objective `grow-revenue`"))
        #expect(ws.read("road/okrs/grow-revenue.md")?.contains("period: \(currentQuarter())\nowner: Ada Lovelace\n") == true)
        #expect(try ws.roadmap("check", "road").status == 0)
    }

    @Test func theRoadmapsOwnTemplateIsUsed() throws {
        let ws = try Self.roadmap()
        try ws.write("road/templates/prd.md", "---\nid: {{id}}\ntitle: \"{{title}}\"\nstatus: {{status}}\nowner: {{owner}}\nrice: { reach: 1, impact: 1, confidence: 1, effort: 1 }\n---\nBy {{owner}} on {{date}}.\n")
        let result = try ws.roadmap("new", "prd", "Pay: faster", "--dir", "payments", in: "road")
        #expect(result.stdout == "prds/payments/pay-faster.md\n")
        let text = try #require(ws.read("road/prds/payments/pay-faster.md"))
        #expect(text.hasPrefix("---\nid: pay-faster\ntitle: \"Pay: faster\"\nstatus: idea\nowner: Ada Lovelace\n"))
        #expect(text.hasSuffix("## Problem\n\n_Who has this problem, how do we know, and what does it cost them today?_\n\n## Success metrics\n\n_Which numbers move, from what to what, and by when?_\n"))
        let check = try ws.roadmap("check", "road")
        #expect(check.status == 0)
        #expect(Self.codes(check.stdout) == ["RM705", "RM705"], "the appended sections' prompts: \(check)")
    }

    @Test func scheduleOwnerAndDirRelativeToThePRDFolder() throws {
        let ws = try Self.roadmap()
        let result = try ws.roadmap("new", "prd", "Saved cards", "--dir", "payments", "--quarter", "2027-Q1",
                                    "--start", "2027-01-04", "--due", "2027-03-31", "--owner", "Lena Vogel", in: "road")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "prds/payments/saved-cards.md\n")
        let text = try #require(ws.read("road/prds/payments/saved-cards.md"))
        #expect(text.contains("owner: Lena Vogel\nteam:\nquarter: 2027-Q1\n"))
        #expect(text.contains("start: 2027-01-04\ndue: 2027-03-31\n---\n"))
        let later = try ws.roadmap("new", "prd", "Someday", "--horizon", "later", in: "road")
        #expect(later.stderr == "")
        #expect(ws.read("road/prds/someday.md")?.contains("horizon: later\n") == true)
        let objective = try ws.roadmap("new", "objective", "Grow revenue", "--quarter", "2027-Q2", "--owner", "Dana Kim", in: "road")
        #expect(objective.status == 0)
        #expect(ws.read("road/okrs/grow-revenue.md")?.contains("period: 2027-Q2\nowner: Dana Kim\n") == true)
        #expect(try ws.roadmap("check", "road").status == 0)
    }

    @Test func outsideARoadmapNothingIsWritten() throws {
        let ws = try Workspace()
        try ws.write("src/x.c", "x")
        let result = try ws.roadmap("new", "prd", "Saved cards", in: "src")
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("roadmap: error: no roadmap here: "))
        #expect(result.stderr.contains("run `roadmap init` to start one"))
        #expect(ws.files() == ["src/x.c"])
    }

    @Test func ownerFallsBackToTheLoginName() throws {
        let ws = try Workspace(userName: nil)
        #expect(try ws.roadmap("init", env: ["USER": "grace"]).status == 0)
        #expect(try ws.roadmap("new", "prd", "X ray", env: ["USER": "grace"]).stdout == "prds/x-ray.md\n")
        #expect(ws.read("prds/x-ray.md")?.contains("owner: grace\n") == true)
    }

    @Test(arguments: [
        (["--status", "bogus"], "roadmap: error: `bogus` is not a status of this roadmap; use one of idea, discovery, planned, in-progress, shipped, dropped\n"),
        (["--okr", "first-week-success/kr7"], "roadmap: error: objective `first-week-success` has no key result `kr7`; it has kr1, kr2\n"),
        (["--okr", "guided-first-run"], "roadmap: error: `guided-first-run` is a PRD, not an objective; PRDs it needs belong in depends_on\n"),
        (["--dir", "../elsewhere"], "roadmap: error: --dir ../elsewhere is not inside the roadmap's prds/ folder: PRDs anywhere else are not part of the roadmap\n"),
        (["--dir", "../../okrs"], "roadmap: error: --dir ../../okrs is not inside the roadmap's prds/ folder: PRDs anywhere else are not part of the roadmap\n"),
        (["--due", "2026-02-30"], "roadmap: error: --due 2026-02-30 is not a date: write YYYY-MM-DD, like \(Self.today)\n"),
        (["--quarter", "Q3"], "roadmap: error: --quarter Q3 is not a quarter: write YYYY-Qn, like \(currentQuarter())\n"),
        (["--horizon", "soon"], "roadmap: error: --horizon soon is not a horizon: use now, next or later\n"),
        (["--id", "guided-first-run"], "roadmap: error: the id `guided-first-run` is already used in this roadmap; choose another --id\n"),
    ])
    func badOptionsWriteNothing(_ options: [String], _ message: String) throws {
        let ws = try Self.roadmap()
        let before = ws.files()
        let result = try CLI.run(try CLI.binary(), ["new", "prd", "Something"] + options, in: ws.path("road"), environment: CLI.environment(home: ws.home))
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == message)
        #expect(ws.files() == before)
    }
}
