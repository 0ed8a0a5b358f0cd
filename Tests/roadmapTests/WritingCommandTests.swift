import Foundation
import Testing

/// `roadmap fix`, `move` and `set`, run as a user runs them, in a real git repository.
@Suite struct WritingCommandTests {
    static let config = "title: T\nrequired_sections: [Problem]\n"
    static let workflow = """
        title: T
        required_sections: [Problem]
        # the team's workflow
        transitions: { idea: [discovery, dropped], discovery: [planned, dropped], planned: [in-progress, dropped], in-progress: [shipped, dropped] }
        requires:
          in-progress: [owner, start]
          planned: [quarter]

        """
    static let prd = "---\nid: a\ntitle: A\nstatus: idea # first\nowner: Sam\nokrs: [o/kr1]\nrice: { reach: 1, impact: 1, confidence: 1, effort: 1 }\n---\n## Problem\nP.\n"
    static let objective = "---\nid: o\ntitle: O\nkey_results:\n  - id: kr1\n    title: K\n    baseline: 1\n    target: 10\n    current: 2 # May\n---\n"

    static func workspace(config: String = config, prd: String = prd) throws -> Workspace {
        let ws = try Workspace()
        try ws.write("roadmap.yml", config)
        try ws.write("okrs/o.md", objective)
        try ws.write("prds/a.md", prd)
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "start")
        return ws
    }

    @Test func fixMakesSafeFixesAndHoldsBackGuesses() throws {
        let bad = Self.prd.replacingOccurrences(of: "status: idea", with: "status: idae")
            .replacingOccurrences(of: "owner: Sam", with: "owner: Sam\nstart: 2026-7-1\ntaem: x")
            .replacingOccurrences(of: "## Problem\nP.\n", with: "Text.\n")
        let ws = try Self.workspace(config: "title: T\nrequired_sections: [Problem]\nstatuses: [idea, idle, shipped]\n", prd: bad)
        let result = try ws.roadmap("fix")
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("prds/a.md:6:8: fixed RM302: replace `2026-7-1` with `2026-07-01`\n"), "\(result)")
        #expect(result.stdout.contains("prds/a.md:7:1: fixed RM203: replace `taem` with `team`\n"))
        #expect(result.stdout.contains("prds/a.md:10:1: fixed RM701: add a `## Problem` section at the end\n"))
        #expect(result.stdout.contains("prds/a.md:4:9: held back RM301: replace `idae` with `idea`, because a guess among `idea`, `idle`; run with --unsafe to take the first\n"))
        #expect(result.stdout.contains("fixed 3 problems in 1 file; held back 1\n"))
        #expect(result.stdout.contains("error[RM301]"))
        let unsafe = try ws.roadmap("fix", "--unsafe")
        #expect(unsafe.status == 0, "\(unsafe)")
        // The section it added holds a prompt to answer, which check keeps asking for (RM705).
        #expect(unsafe.stdout.hasSuffix("prds/a.md:15:1: warning[RM705]: the template's prompt is still here, unanswered\n15 | _Who has this problem, how do we know, and what does it cost them today?_\n   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n   = help: replace the prompt with the answer it asks for\n\nchecked 2 files: 1 warning\n"), "\(unsafe)")
        #expect(ws.read("prds/a.md") == "---\nid: a\ntitle: A\nstatus: idea # first\nowner: Sam\nstart: 2026-07-01\nteam: x\nokrs: [o/kr1]\nrice: { reach: 1, impact: 1, confidence: 1, effort: 1 }\n---\nText.\n\n## Problem\n\n_Who has this problem, how do we know, and what does it cost them today?_\n")
    }

    /// The check after the fixes measures overdue work from the same today `check` does, so
    /// `fix` never reports fewer problems than `check` will a moment later.
    @Test func fixChecksAgainAsCheckDoes() throws {
        let bad = Self.prd.replacingOccurrences(of: "status: idea", with: "status: idae")
            .replacingOccurrences(of: "owner: Sam", with: "owner: Sam\ndue: 2026-03-01")
        let ws = try Self.workspace(prd: bad)
        let today = ["SOURCE_DATE_EPOCH": "1775001600"]  // 2026-04-01
        let fixed = try ws.roadmap("fix", env: today)
        #expect(fixed.status == 0, "\(fixed)")
        #expect(fixed.stdout.contains("prds/a.md:6:6: warning[RM308]: this PRD was due on 2026-03-01, 31 days before today (2026-04-01)"), "\(fixed)")
        let check = try ws.roadmap("check", env: today)
        #expect(fixed.stdout.hasSuffix(check.stdout), "fix's check and check agree\n\(fixed)\n\(check)")
    }

    @Test func dryRunIsAPatchGitApplies() throws {
        let bad = Self.prd.replacingOccurrences(of: "status: idea", with: "status: ideaa")
            .replacingOccurrences(of: "## Problem\nP.\n", with: "No newline at the end")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let ws = try Self.workspace(prd: bad)
        try ws.write("roadmap/roadmap.yml", Self.config)
        try ws.write("roadmap/prds/b.md", bad.replacingOccurrences(of: "id: a", with: "id: b"))
        try ws.write("roadmap/okrs/o.md", Self.objective)
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "nested")
        for (folder, file) in [("", "prds/a.md"), ("roadmap", "roadmap/prds/b.md")] {
            let before = ws.read(file)
            let dry = try ws.roadmap("fix", "--dry-run", folder.isEmpty ? "." : folder)
            #expect(dry.status == 0, "\(dry)")
            #expect(dry.stdout.hasPrefix("diff --git a/\(file) b/\(file)\n"), "\(dry.stdout)")
            #expect(dry.stdout.contains("\\ No newline at end of file\n"))
            #expect(dry.stderr.contains("would fix 2 problems in 1 file"), "\(dry)")
            #expect(ws.read(file) == before, "a dry run writes nothing")
            try ws.write("fix.patch", dry.stdout)
            let check = try ws.gitResult("apply", "--check", "fix.patch")
            #expect(check.status == 0, "\(check)\n\(dry.stdout)")
            try ws.git("apply", "fix.patch")
            let after = try ws.roadmap("check", folder.isEmpty ? "." : folder)
            #expect(after.status == 0, "\(after)")
            #expect(ws.read(file)?.contains("status: idea # first\r\n") == true)
            try FileManager.default.removeItem(atPath: ws.path("fix.patch"))
        }
    }

    @Test func moveFollowsTheWorkflow() throws {
        let ws = try Self.workspace(config: Self.workflow)
        let skip = try ws.roadmap("move", "a", "shipped")
        #expect(skip.status == 1)
        #expect(skip.stderr.hasPrefix("prds/a.md:4:9: error[RM320]: PRD `a` moves from `idea` to `shipped`, which the workflow's transitions do not allow\n"), "\(skip)")
        #expect(ws.read("prds/a.md") == Self.prd)

        #expect(try ws.roadmap("move", "a", "discovery").status == 0)
        let planned = try ws.roadmap("move", "a", "planned")
        #expect(planned.status == 1)
        #expect(planned.stderr.contains("error[RM321]: this PRD is planned, which requires `quarter`, but it has none"), "\(planned)")
        let withQuarter = try ws.roadmap("move", "a", "planned", "--set", "quarter=2026-Q3")
        #expect(withQuarter.status == 0, "\(withQuarter)")
        #expect(withQuarter.stdout == "prds/a.md: a: quarter (not set) -> 2026-Q3\nprds/a.md: a: status discovery -> planned\n", "\(withQuarter)")
        #expect(ws.read("prds/a.md") == Self.prd.replacingOccurrences(of: "status: idea # first\nowner: Sam\n", with: "status: planned # first\nowner: Sam\nquarter: 2026-Q3\n"))
        let bad = try ws.roadmap("move", "a", "in-progress", "--set", "start=2026-13-01")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("error[RM302]"), "\(bad)")
        // The refusal quotes the line as it would have been written.
        #expect(bad.stderr.contains("| start: 2026-13-01\n"), "\(bad)")
        #expect(try ws.roadmap("move", "a", "in-progress", "--set", "start=2026-07-06").status == 0)
        #expect(try ws.roadmap("check").status == 0)
    }

    @Test func checkEnforcesRequiresAndStagedTransitions() throws {
        let ws = try Self.workspace(config: Self.workflow)
        try ws.write("prds/a.md", Self.prd.replacingOccurrences(of: "status: idea", with: "status: shipped"))
        try ws.git("add", "prds/a.md")
        let staged = try ws.roadmap("check", "--staged")
        #expect(staged.status == 1)
        #expect(staged.stdout.contains("prds/a.md:4:9: error[RM320]: PRD `a` moves from `idea` to `shipped`"), "\(staged)")
        // Again with the analysis cache the first run wrote, which the compile of HEAD borrows.
        let again = try ws.roadmap("check", "--staged")
        #expect(again.status == 1 && again.stdout == staged.stdout, "\(again)")
        // The working tree alone has no change to judge.
        #expect(try ws.roadmap("check").status == 0)

        try ws.write("prds/a.md", Self.prd.replacingOccurrences(of: "status: idea", with: "status: in-progress"))
        let tree = try ws.roadmap("check")
        #expect(tree.status == 1)
        #expect(tree.stdout.contains("prds/a.md:4:9: error[RM321]: this PRD is in-progress, which requires `start`, but it has none"), "\(tree)")
    }

    @Test func setChecksInAKeyResultAndSlipsADate() throws {
        let ws = try Self.workspace()
        let checkIn = try ws.roadmap("set", "o/kr1", "current", "4.5")
        #expect(checkIn.status == 0, "\(checkIn)")
        #expect(ws.read("okrs/o.md") == Self.objective.replacingOccurrences(of: "current: 2 # May", with: "current: 4.5 # May"))
        #expect(try ws.roadmap("set", "a", "due", "2026-09-30").status == 0)
        #expect(try ws.roadmap("set", "a", "due", "2026-10-31").status == 0)
        #expect(ws.read("prds/a.md") == Self.prd.replacingOccurrences(of: "owner: Sam\n", with: "owner: Sam\ndue: 2026-10-31\n"))
    }

    @Test func refusalsExitOneAndWriteNothing() throws {
        let ws = try Self.workspace()
        try ws.write("prds/dup.md", Self.prd)
        let cases: [([String], String)] = [
            (["set", "nope", "due", "2026-09-30"], "error[RM960]: no PRD or objective has the id `nope`"),
            (["set", "o/kr9", "current", "3"], "error[RM960]: objective `o` has no key result `kr9`"),
            (["set", "a", "due", "2026-02-30"], "error[RM302]"),
            (["set", "o/kr1", "current", "lots"], "error[RM202]"),
            (["set", "a", "tags", "x"], "error[RM963]"),
            (["set", "a", "rice.impact", "5"], "error[RM601]"),
            (["move", "a", "planed"], "error[RM301]"),
        ]
        let beforeDup = ws.files().map { ws.read($0) }
        let dup = try ws.roadmap("set", "a", "due", "2026-09-30")
        #expect(ws.files().map { ws.read($0) } == beforeDup)
        #expect(dup.status == 1)
        #expect(dup.stderr.contains("error[RM961]: id `a` is declared by 2 files (prds/a.md, prds/dup.md), so nothing was changed"), "\(dup)")
        try FileManager.default.removeItem(atPath: ws.path("prds/dup.md"))
        for (arguments, expected) in cases {
            let before = ws.files().map { ws.read($0) }
            let result = try CLI.run(try CLI.binary(), arguments, in: ws.root, environment: CLI.environment(home: ws.home))
            #expect(result.status == 1, "\(arguments): \(result)")
            #expect(result.stderr.contains(expected), "\(arguments): \(result)")
            #expect(ws.files().map { ws.read($0) } == before, "\(arguments) wrote something")
        }
    }

    @Test func workingTreeOnly() throws {
        let ws = try Self.workspace()
        let result = try ws.roadmap("set", "a", "due", "2026-09-30", "--staged")
        #expect(result.status == 2)
        #expect(result.stderr.contains("--ref, --at and --staged do not apply"))
    }

    @Test func moveAndSetTouchOnlyTheValueInAMessyFile() throws {
        let messy = "\u{FEFF}---\r\n# identity\r\nid: a   \r\ntitle: 'A: the sequel'\r\nstatus: \"idea\"  # first\r\nowner: Sam\r\nokrs:\r\n  - o/kr1   # the KR\r\ntags: [x, y]\r\nrice: {reach: 1, impact: 1, confidence: 100%, effort: 1}\r\n---\r\n## Problem\r\nstatus: idea in the body.\r\n"
        let ws = try Self.workspace(prd: messy)
        #expect(try ws.roadmap("check").status == 0)
        let moved = try ws.roadmap("move", "a", "discovery")
        #expect(moved.status == 0, "\(moved)")
        let bytes = { Array(FileManager.default.contents(atPath: ws.path("prds/a.md")) ?? Data()) }
        #expect(bytes() == Array(messy.replacingOccurrences(of: "status: \"idea\"", with: "status: \"discovery\"").utf8))
        #expect(try ws.roadmap("set", "a", "title", "B: it's back").status == 0)
        #expect(try ws.roadmap("set", "a", "rice.reach", "250").status == 0)
        #expect(try ws.roadmap("set", "a", "owner", "Dana Kim").status == 0)
        let expected = messy.replacingOccurrences(of: "status: \"idea\"", with: "status: \"discovery\"")
            .replacingOccurrences(of: "'A: the sequel'", with: "'B: it''s back'")
            .replacingOccurrences(of: "{reach: 1,", with: "{reach: 250,")
            .replacingOccurrences(of: "owner: Sam\r", with: "owner: Dana Kim\r")
        #expect(bytes() == Array(expected.utf8))
        // And back: every byte as it was.
        for arguments in [["move", "a", "idea"], ["set", "a", "title", "A: the sequel"], ["set", "a", "rice.reach", "1"], ["set", "a", "owner", "Sam"]] {
            let result = try CLI.run(try CLI.binary(), arguments, in: ws.root, environment: CLI.environment(home: ws.home))
            #expect(result.status == 0, "\(arguments): \(result)")
        }
        #expect(bytes() == Array(messy.utf8))
    }
}
