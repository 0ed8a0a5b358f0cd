import Foundation
import MCP
import Testing

/// `roadmap mcp`'s read-only tools, driven over stdio by the SDK's client, each answer compared
/// with what the CLI prints for the same question.
@Suite struct MCPReadToolTests {
    static let today = "2026-05-01"

    static func server(_ ws: Workspace, _ extra: [String] = []) async throws -> MCPServerProcess {
        try await MCPServerProcess(ws, [ws.root, "--today", today] + extra)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }

    @Test func aReadOnlyServerOffersTheReadToolsAndTheRoadmapJSON() async throws {
        let ws = try MCPFixture.workspace()
        let server = try await Self.server(ws)
        let tools = try await server.client.listTools().tools
        #expect(tools.map(\.name) == ["check", "list", "show", "objectives", "diff", "log", "explain"])
        for tool in tools {
            #expect((tool.description ?? "").count > 200, "\(tool.name) says too little to teach an assistant")
            let schema = try #require(tool.inputSchema.objectValue)
            #expect(schema["type"] == "object" && schema["additionalProperties"] == false, "\(tool.name)")
            for (name, property) in schema["properties"]?.objectValue ?? [:] {
                #expect((property.objectValue?["description"]?.stringValue ?? "").count > 10, "\(tool.name).\(name) is not described")
            }
            #expect(tool.annotations.readOnlyHint == true, "\(tool.name)")
        }
        for edit in ["move", "set", "fix"] {
            let error = await #expect(throws: MCPError.self) { try await server.call(edit, ["id": "a"]) }
            #expect(error?.localizedDescription.contains("start it with `roadmap mcp --allow-edits`") == true, "\(String(describing: error))")
        }
        #expect(try await server.client.listResources().resources.map(\.uri) == ["roadmap://roadmap.json"])
        let closed = await server.close()
        #expect(closed.status == 0, "\(closed)")
    }

    @Test func checkAnswersAsCheckFormatJSON() async throws {
        let ws = try MCPFixture.workspace()
        try ws.write("prds/c.md", "---\nid: c\ntitle: C\nstatus: idae\nowner: Sam\ndepends_on: [zz]\n---\nText.\n")
        let server = try await Self.server(ws)
        let cli = try ws.roadmap("check", "--format", "json", "--today", Self.today)
        #expect(cli.status == 1)
        #expect(try await server.text("check") == cli.stdout)
        #expect(cli.stdout.contains("\"code\": \"RM301\""), "\(cli)")

        let file = try ws.roadmap("check", "prds/b.md", "--format", "json", "--today", Self.today)
        let focused = try await server.call("check", ["file": "prds/b.md"])
        #expect(focused.texts.first == file.stdout)
        #expect(focused.texts.dropFirst().first?.hasSuffix("in other files; `check` without `file` shows them") == true, "\(focused)")
        #expect(try await server.call("check", ["file": "notes.txt"]).texts.first?.contains("is not a file of the roadmap") == true)

        let history = try ws.roadmap("check", "--history", "--format", "json", "--today", Self.today)
        #expect(try await server.text("check", ["history": true]) == history.stdout)
        let old = try ws.roadmap("check", "--ref", "HEAD~1", "--format", "json", "--today", Self.today)
        #expect(try await server.text("check", ["ref": "HEAD~1"]) == old.stdout)
        await server.close()
    }

    /// The server keeps one session for its lifetime; what is on disk now is what it answers about.
    @Test func answersFollowTheFilesOnDisk() async throws {
        let ws = try MCPFixture.workspace()
        let server = try await Self.server(ws)
        #expect(try Self.json(try await server.text("check"))["summary"] as? [String: Int] == ["errors": 0, "warnings": 2, "files": 3])
        try ws.write("prds/a.md", MCPFixture.prdA.replacingOccurrences(of: "status: idea", with: "status: idae"))
        let broken = try Self.json(try await server.text("check"))
        #expect((broken["summary"] as? [String: Int])?["errors"] == 1, "\(broken)")
        try ws.write("prds/d.md", MCPFixture.prdA.replacingOccurrences(of: "id: a", with: "id: d"))
        let listed = try Self.json(try await server.text("list"))
        #expect((listed["features"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["a", "b", "d"])
        await server.close()
    }

    @Test func listTakesTheListFilters() async throws {
        let ws = try MCPFixture.workspace()
        let server = try await Self.server(ws)
        let cli = try ws.roadmap("list", "--status", "discovery", "--status", "idea", "--team", "PAYMENTS", "--sort", "rice", "--format", "json")
        #expect(try await server.text("list", ["status": ["discovery", "idea"], "team": "PAYMENTS", "sort": "rice"]) == cli.stdout)
        #expect(cli.stdout.contains("\"id\": \"b\"") && !cli.stdout.contains("\"id\": \"a\""), "\(cli)")
        let byOKR = try ws.roadmap("list", "--okr", "o", "--owner", "sam", "--format", "json")
        #expect(try await server.text("list", ["okr": ["o"], "owner": ["sam"]]) == byOKR.stdout)
        let old = try ws.roadmap("list", "--at", "2026-03-01", "--format", "json")
        #expect(try await server.text("list", ["at": "2026-03-01"]) == old.stdout)

        let typo = try await server.call("list", ["team": ["paymnts"]])
        #expect(typo.isError && typo.texts == ["--team paymnts is not a team of this roadmap; did you mean `payments`? use one of payments"], "\(typo)")
        let badQuarter = try await server.call("list", ["quarter": ["2026Q3"]])
        #expect(badQuarter.isError && badQuarter.texts.first?.contains("not a quarter written YYYY-Qn") == true, "\(badQuarter)")
        let badType = try await server.call("list", ["status": 5])
        #expect(badType.isError && badType.texts == ["`status` must be a list of strings, not 5"], "\(badType)")
        let unknown = try await server.call("list", ["colour": "red"])
        #expect(unknown.isError && unknown.texts.first?.hasPrefix("list has no argument `colour`; it takes: at, horizon, okr,") == true, "\(unknown)")
        let twoSources = try await server.call("list", ["ref": "HEAD", "staged": true])
        #expect(twoSources.isError, "\(twoSources)")
        await server.close()
    }

    @Test func showGivesOneItemWithBodyLinksHistoryAndProblems() async throws {
        let ws = try MCPFixture.workspace()
        let server = try await Self.server(ws)
        let prd = try Self.json(try await server.text("show", ["id": "b"]))
        #expect(prd["kind"] as? String == "feature")
        let item = try #require(prd["item"] as? [String: Any])
        #expect(item["id"] as? String == "b" && item["due"] as? String == "2026-10-15" && item["url"] as? String != nil)
        #expect(prd["body"] as? String == "## Problem\nQ.\n")
        let links = try #require(prd["links"] as? [String: Any])
        #expect((links["dependsOn"] as? [[String: String]]) == [["id": "a", "title": "Alpha", "status": "idea", "path": "prds/a.md"]])
        let history = try #require(prd["history"] as? [String: Any])
        #expect(history["slips"] as? Int == 1 && (history["created"] as? [String: Any])?["date"] as? String == "2026-03-01T12:00:00+02:00", "\(history)")
        #expect((prd["diagnostics"] as? [[String: Any]])?.map { $0["code"] as? String } == ["RM604"], "b's own problem: no RICE")

        let alpha = try Self.json(try await server.text("show", ["id": "a"]))
        let okr = try #require(((alpha["links"] as? [String: Any])?["okrs"] as? [[String: Any]])?.first)
        #expect(okr["ref"] as? String == "o/kr1" && okr["objectiveTitle"] as? String == "Grow" && okr["keyResultTitle"] as? String == "Trials")
        #expect(((alpha["links"] as? [String: Any])?["dependents"] as? [[String: String]])?.map { $0["id"] } == ["b"])
        #expect(((alpha["item"] as? [String: Any])?["rice"] as? [String: Any])?["score"] as? Double == 50)

        let objective = try Self.json(try await server.text("show", ["id": "o"]))
        #expect(objective["kind"] as? String == "objective" && objective["body"] as? String == "Why we grow.\n")
        let movers = ((objective["links"] as? [String: Any])?["movedBy"] as? [[String: Any]]) ?? []
        #expect(movers.count == 1 && movers.first?["id"] as? String == "a" && movers.first?["moves"] as? [String] == ["o/kr1"], "\(movers)")

        let typo = try await server.call("show", ["id": "bb"])
        #expect(typo.isError && typo.texts.first?.hasPrefix("no PRD or objective with id `bb`; did you mean `b`?") == true, "\(typo)")
        let missing = try await server.call("show", [:])
        #expect(missing.isError && missing.texts == ["show needs the argument `id`"], "\(missing)")
        let before = try Self.json(try await server.text("show", ["id": "b", "ref": "HEAD~1"]))
        #expect((before["item"] as? [String: Any])?["due"] as? String == "2026-09-01" && before["body"] as? String == "## Problem\nQ.\n")
        await server.close()
    }

    @Test(.enabled(if: SchemaValidator.isInstalled, SchemaValidator.missing))
    func showAndObjectivesMatchTheirSchemas() async throws {
        let ws = try MCPFixture.workspace()
        // A PRD that names an objective and a PRD the roadmap does not have, for links with nulls.
        try ws.write("prds/c.md", "---\nid: c\ntitle: C\nstatus: idea\nowner: Sam\nokrs: [nope/kr1]\ndepends_on: [zz]\n---\n## Problem\nR.\n")
        let plain = try Workspace(git: false)
        for (file, text) in [("roadmap.yml", MCPFixture.config), ("okrs/o.md", MCPFixture.objective), ("prds/a.md", MCPFixture.prdA)] {
            try plain.write(file, text)
        }
        let server = try await Self.server(ws), outside = try await Self.server(plain)
        var documents: [(schema: String, json: String)] = []
        for id in ["a", "b", "c", "o"] { documents.append(("show.schema.json", try await server.text("show", ["id": .string(id)]))) }
        let withoutGit = try await outside.text("show", ["id": "a"])
        #expect(withoutGit.contains("\"history\": null"), "\(withoutGit)")
        documents.append(("show.schema.json", withoutGit))
        documents.append(("objectives.schema.json", try await server.text("objectives")))
        documents.append(("objectives.schema.json", try await server.text("objectives", ["objective": "o"])))
        let valid = try JSONOutputSchemaTests.validate(documents, in: ws)
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        let broken = documents[0].json.replacingOccurrences(of: "\"dependents\": [", with: "\"dependedOnBy\": [")
        let invalid = try JSONOutputSchemaTests.validate([("show.schema.json", broken)], in: ws)
        #expect(invalid.status == 1 && invalid.stdout.contains("'dependents' is a required property"), "\(invalid.stdout)")
        await server.close()
        await outside.close()
    }

    @Test func objectivesAreRoadmapJSONsObjectivesWithCoverage() async throws {
        let ws = try MCPFixture.workspace()
        let server = try await Self.server(ws)
        let answer = try Self.json(try await server.text("objectives"))
        // With the history the site reads: key results' check-ins and forecasts come from git.
        let build = try ws.roadmap("build", "--allow-errors", "--today", Self.today)
        #expect(build.status == 0, "\(build)")
        let site = try Self.json(try #require(ws.read("_site/roadmap.json")))
        #expect(NSArray(array: answer["objectives"] as? [Any] ?? []) == NSArray(array: site["objectives"] as? [Any] ?? [1]))
        #expect(NSDictionary(dictionary: answer["coverage"] as? [String: Any] ?? [:]) == NSDictionary(dictionary: site["coverage"] as? [String: Any] ?? ["missing": true]))
        let kr = try #require(((answer["objectives"] as? [[String: Any]])?.first?["keyResults"] as? [[String: Any]])?.first)
        #expect(abs((kr["progress"] as? Double ?? 0) - 1.0 / 9) < 1e-12 && kr["movedBy"] as? [String] == ["a"], "\(kr)")
        #expect((answer["coverage"] as? [String: Any])?["uncoveredKeyResults"] as? [String] == ["o/kr2"])

        let none = try Self.json(try await server.text("objectives", ["period": "2027-Q1"]))
        #expect((none["objectives"] as? [Any])?.isEmpty == true)
        let typo = try await server.call("objectives", ["objective": "oo"])
        #expect(typo.isError && typo.texts.first?.hasPrefix("no objective with id `oo`; did you mean `o`?") == true, "\(typo)")
        await server.close()
    }

    @Test func diffAndLogAnswerAsTheirJSON() async throws {
        let ws = try MCPFixture.workspace()
        let server = try await Self.server(ws)
        let diff = try ws.roadmap("diff", "HEAD~1", "--format", "json")
        #expect(diff.stdout.contains("\"id\": \"b\""), "\(diff)")
        #expect(try await server.text("diff", ["from": "HEAD~1"]) == diff.stdout)
        #expect(try await server.text("diff", ["from": "HEAD~1..HEAD"]) == diff.stdout)
        let days = try ws.roadmap("diff", "--since", "2026-03-02", "--until", "2026-04-30", "--format", "json")
        #expect(try await server.text("diff", ["from": "2026-03-02", "to": "2026-04-30"]) == days.stdout)
        #expect(try await server.call("diff", ["from": "no-such-tag"]).isError)

        let log = try ws.roadmap("log", "b", "--format", "json")
        #expect(try await server.text("log", ["id": "b"]) == log.stdout)
        let all = try ws.roadmap("log", "--since", "2026-04-01", "-n", "1", "--format", "json")
        #expect(try await server.text("log", ["since": "2026-04-01", "maxCount": 1]) == all.stdout)
        let unknown = try await server.call("log", ["id": "zz"])
        #expect(unknown.isError && unknown.texts == ["no PRD or objective with id `zz` in the roadmap's history"], "\(unknown)")
        let badDay = try await server.call("log", ["since": "April"])
        #expect(badDay.isError && badDay.texts == ["`since` expects a day written YYYY-MM-DD, not 'April'"], "\(badDay)")
        await server.close()
    }

    @Test func explainAnswersAsExplain() async throws {
        let ws = try MCPFixture.workspace()
        let server = try await Self.server(ws)
        #expect(try await server.text("explain", ["code": "RM301"]) == (try ws.roadmap("explain", "RM301")).stdout)
        #expect(try await server.text("explain", ["code": "unknown-status"]) == (try ws.roadmap("explain", "RM301")).stdout)
        #expect(try await server.text("explain") == (try ws.roadmap("explain")).stdout)
        let unknown = try await server.call("explain", ["code": "RM9999"])
        #expect(unknown.isError && unknown.texts == ["no diagnostic code 'RM9999'; `roadmap explain` lists them all"], "\(unknown)")
        await server.close()
    }

    @Test func theResourceIsTheSitesRoadmapJSON() async throws {
        let ws = try MCPFixture.workspace()
        let server = try await Self.server(ws)
        let contents = try await server.client.readResource(uri: "roadmap://roadmap.json")
        let build = try ws.roadmap("build", "--today", Self.today)
        #expect(build.status == 0, "\(build)")
        #expect(contents.count == 1 && contents.first?.mimeType == "application/json")
        #expect(contents.first?.text == ws.read("_site/roadmap.json"))
        let error = await #expect(throws: MCPError.self) { try await server.client.readResource(uri: "roadmap://nothing") }
        #expect(error?.localizedDescription.contains("roadmap://roadmap.json") == true, "\(String(describing: error))")
        await server.close()
    }
}
