import Foundation
import RoadmapCore
import Testing

@Suite struct InitCommandTests {
    static let written = ["okrs/first-week-success.md", "prds/guided-first-run.md", "roadmap.yml",
                          "templates/objective.md", "templates/prd.md"]

    @Test func initWritesARoadmapThatChecksClean() throws {
        let ws = try Workspace()
        let result = try ws.roadmap("init", "road")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("created a roadmap in road:\n  roadmap.yml\n  templates/prd.md\n  templates/objective.md\n  okrs/first-week-success.md\n  prds/guided-first-run.md\n  .gitignore\n"))
        #expect(result.stdout.contains("roadmap hook install road"))
        #expect(ws.files(under: "road") == [".gitignore"] + Self.written)
        #expect(ws.read("road/.gitignore") == "_site/\n")
        let example = try #require(ws.read("road/prds/guided-first-run.md"))
        #expect(example.contains("owner: Ada Lovelace\n"))
        #expect(example.contains("quarter: \(currentQuarter())\n"))

        let check = try ws.roadmap("check", "road", "--strict")
        #expect(check.status == 0)
        #expect(check.stdout == "checked 2 files: no problems\n")
    }

    /// roadmap.yml says it lists every setting with its default: every key `roadmap schema config`
    /// knows is there, with RoadmapConfig's default (required_sections is the one example).
    @Test func initsRoadmapYAMLListsEverySettingWithItsDefault() throws {
        let ws = try Workspace()
        #expect(try ws.roadmap("init").status == 0)
        let text = try #require(ws.read("roadmap.yml"))
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(try ws.roadmap("schema", "config").stdout.utf8)) as? [String: Any])
        let keys = try #require(schema["properties"] as? [String: Any]).keys.sorted()
        #expect(keys.count == 21)
        for key in keys { #expect(text.contains("\n" + key + ":"), "roadmap.yml lacks \(key)") }
        let d = RoadmapConfig()
        for line in ["title: \(d.title)", "base_url: \(d.baseURL)", "prds: \(d.prdsFolder)", "okrs: \(d.okrsFolder)",
                     "statuses: [\(d.statuses.joined(separator: ", "))]", "active_statuses: [\(d.activeStatuses.joined(separator: ", "))]",
                     "done_statuses: [\(d.doneStatuses.joined(separator: ", "))]", "rules: {}", "transitions: {}", "requires: {}", "scores: {}", "capacity: {}", "wip_limits: {}", "audiences: {}", "portfolio: []", "okr_status: { on_track: 0.9, at_risk: 0.7 }", "checkin_every_days: ~", "max_file_size: \(d.maxFileSize)",
                     "stale_after_days: \(d.staleAfterDays)", "max_slips: \(d.maxSlips)"] {
            #expect(text.contains("\n" + line + "\n"), "\(line)")
        }
    }

    @Test func initAppendsToAnExistingGitignore() throws {
        let ws = try Workspace()
        try ws.write(".gitignore", ".build/")
        #expect(try ws.roadmap("init").status == 0)
        #expect(ws.read(".gitignore") == ".build/\n_site/\n")
        try ws.write(".gitignore", "x\n_site/\n")
        for path in Self.written { try FileManager.default.removeItem(atPath: ws.path(path)) }
        let again = try ws.roadmap("init")
        #expect(again.status == 0)
        #expect(!again.stdout.contains(".gitignore"))
        #expect(ws.read(".gitignore") == "x\n_site/\n")
    }

    @Test func initRefusesToOverwriteAndWritesNothing() throws {
        let ws = try Workspace()
        try ws.write("road/templates/prd.md", "mine\n")
        try ws.write("road/roadmap.yml", "title: Mine\n")
        let result = try ws.roadmap("init", "road")
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "roadmap: error: road already has roadmap.yml, templates/prd.md; nothing was written\n")
        #expect(ws.files(under: "road") == ["roadmap.yml", "templates/prd.md"])
        #expect(ws.read("road/templates/prd.md") == "mine\n")
    }

    @Test func initOutsideGitSuggestsGitInit() throws {
        let ws = try Workspace(git: false)
        let result = try ws.roadmap("init", env: ["USER": "grace"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("git init"))
        #expect(ws.read("prds/guided-first-run.md")?.contains("owner: grace\n") == true)
        #expect(try ws.roadmap("check").stdout == "checked 2 files: no problems\n")
    }
}
