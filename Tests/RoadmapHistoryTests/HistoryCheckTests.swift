import RoadmapCompiler
import RoadmapCore
import RoadmapHistory
import RoadmapHistoryMiner
import RoadmapSources
import Testing

@Suite struct HistoryCheckTests {
    static func check(_ repo: HistoryRepo, today: String, config: String = "") throws -> [Diagnostic] {
        let location = try repo.location()
        let source = try location.commit("HEAD")
        var compiled = try RoadmapCompiler(source: source).compile()
        let (settings, _) = try ConfigLoader.load(from: source)
        #expect(compiled.roadmap.config == settings)
        let history = try HistoryMiner(location: location, config: settings, cacheFile: nil).mine().history
        compiled.diagnostics = HistoryChecks.diagnostics(for: compiled.roadmap, history: history, today: CalendarDate(iso: today)!) { path, field in
            field == "status" ? SourceLocation(path: path, line: 4, column: 9) : SourceLocation(path: path, line: 7, column: 6)
        }
        return compiled.diagnostics
    }

    static func repo(config: String = "") throws -> HistoryRepo {
        let repo = try HistoryRepo()
        try repo.write("roadmap.yml", config)
        try repo.write("prds/busy.md", Doc.prd("busy", status: "in-progress"))
        try repo.write("prds/quiet.md", Doc.prd("quiet", status: "in-progress"))
        try repo.write("prds/slipper.md", Doc.prd("slipper", status: "planned", due: "2026-02-01"))
        try repo.commit("Start", on: "2026-01-05")
        for (n, due) in ["2026-03-01", "2026-04-01", "2026-03-15", "2026-05-01"].enumerated() {
            try repo.write("prds/slipper.md", Doc.prd("slipper", status: "planned", due: due))
            try repo.write("prds/busy.md", Doc.prd("busy", status: "in-progress", body: "Update \(n)."))
            try repo.commit("Move slipper to \(due)", on: "2026-02-0\(n + 1)", by: "Bob")
        }
        return repo
    }

    @Test func staleAndSlippingPRDsAreReported() throws {
        let repo = try Self.repo()
        let found = try Self.check(repo, today: "2026-03-07")
        #expect(found.map { "\($0.code.rawValue) \($0.severity.rawValue) \($0.location?.path ?? ""):\($0.location?.line ?? 0) \($0.message)" } == [
            "RM950 warning prds/quiet.md:4 `quiet` is in-progress but no commit has touched it for 61 days (since 2026-01-05, \(String(try repo.git("rev-list", "--max-parents=0", "HEAD").prefix(7))) by Alice)",
            "RM951 warning prds/slipper.md:7 `slipper` has slipped 3 times, more than the 2 allowed (last on 2026-02-04 by Bob: due 2026-03-15 → 2026-05-01)",
        ])
        #expect(try Self.check(repo, today: "2026-03-06").map(\.code) == [.repeatedSlips])
    }

    @Test func limitsAndRulesComeFromRoadmapYML() throws {
        let repo = try Self.repo(config: "stale_after_days: 90\nmax_slips: 3\n")
        #expect(try Self.check(repo, today: "2026-03-07").isEmpty)
        let strict = try Self.repo(config: "stale_after_days: 10\nmax_slips: 0\nrules: { stale-prd: error, RM951: off }\n")
        let found = try Self.check(strict, today: "2026-03-07")
        #expect(found.map { "\($0.code.rawValue) \($0.severity.rawValue)" } == ["RM950 error", "RM950 error"])
    }

    @Test func oneSlipIsOneTime() throws {
        let repo = try HistoryRepo()
        try repo.write("roadmap.yml", "max_slips: 0\n")
        try repo.write("prds/once.md", Doc.prd("once", status: "planned", due: "2026-02-01"))
        try repo.commit("Start", on: "2026-01-05")
        try repo.write("prds/once.md", Doc.prd("once", status: "planned", due: "2026-03-01"))
        try repo.commit("Move once", on: "2026-01-10", by: "Bob")
        let found = try Self.check(repo, today: "2026-01-11")
        #expect(found.first { $0.code == .repeatedSlips }?.message.hasPrefix("`once` has slipped 1 time, more than the 0 allowed") == true,
                "\(found.map(\.message))")
    }

    @Test func disallowedStatusChangesInHistoryAreReported() throws {
        let repo = try HistoryRepo()
        let config = "transitions: { idea: [discovery, dropped], planned: [in-progress] }\n"
        try repo.write("roadmap.yml", config)
        try repo.write("prds/jump.md", Doc.prd("jump", status: "idea"))
        try repo.commit("Start", on: "2026-01-05")
        try repo.write("prds/jump.md", Doc.prd("jump", status: "discovery"))
        try repo.commit("Discover", on: "2026-01-06")
        try repo.write("prds/jump.md", Doc.prd("jump", status: "planned"))
        try repo.commit("Plan", on: "2026-01-07")
        try repo.write("prds/jump.md", Doc.prd("jump", status: "shipped"))
        let skipped = try repo.commit("Ship without building", on: "2026-01-08", by: "Bob")
        let found = try Self.check(repo, today: "2026-01-09").filter { $0.code == .disallowedTransition }
        #expect(found.map { "\($0.severity.rawValue) \($0.location?.path ?? ""):\($0.location?.line ?? 0) \($0.message)" } == [
            "error prds/jump.md:4 PRD `jump` moves from `planned` to `shipped`, which the workflow's transitions do not allow (in \(skipped.prefix(7)) on 2026-01-08 by Bob)",
        ])
    }
}
