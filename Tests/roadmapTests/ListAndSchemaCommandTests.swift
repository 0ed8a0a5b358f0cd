import Foundation
import Testing

@Suite struct ListAndSchemaCommandTests {
    @Test func listFiltersSortsAndReadsTheIndex() throws {
        let ws = try StagedCheckTests.committed()
        try ws.write("prds/c.md", StagedCheckTests.prd("c", status: "planned").replacingOccurrences(of: "owner: Sam", with: "owner: Sam\nteam: payments"))
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "c")
        let csv = try ws.roadmap("list", "--status", "idea", "--status", "planned", "--sort", "status", "--format", "csv")
        #expect(csv.status == 0)
        #expect(csv.stdout == "id,title,status,team,owner,quarter,horizon,start,due,rice_score,okrs,depends_on,tags,path\r\n"
            + "a,A,idea,,Sam,,,,,1,o,,,prds/a.md\r\n"
            + "b,B,idea,,Sam,,,,,1,o,a,,prds/b.md\r\n"
            + "c,C,planned,payments,Sam,,,,,1,o,,,prds/c.md\r\n")
        #expect(try ws.roadmap("list", "--team", "payments").stdout == """
            ID  TITLE  STATUS   TEAM      OWNER  WHEN  DUE  RICE
            c   C      planned  payments  Sam    -     -       1

            """)

        try ws.write("prds/a.md", StagedCheckTests.prd("a", status: "shipped"))
        try ws.git("add", "prds/a.md")
        try ws.write("prds/a.md", StagedCheckTests.prd("a", status: "dropped"))
        let ids = { (result: CLI.Result) in result.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(1)) } }
        #expect(ids(try ws.roadmap("list", "--staged", "--status", "shipped")) == ["a"])
        #expect(ids(try ws.roadmap("list", "--status", "dropped")) == ["a"])
        #expect(ids(try ws.roadmap("list", "--ref", "HEAD", "--status", "idea")) == ["a", "b"])

        let none = try ws.roadmap("list", "--team", "nobody")
        #expect(none.stdout == "")
        #expect(none.stderr == "roadmap: no PRDs match\n")
        let bad = try ws.roadmap("list", "--status", "done")
        #expect(bad.status == 2)
        #expect(bad.stderr == "roadmap: error: --status done is not a status of this roadmap; use one of idea, discovery, planned, in-progress, shipped, dropped\n")
        #expect(try ws.roadmap("list", "--quarter", "2026-Q5").status == 2)
    }

    @Test func schemaUsesTheRoadmapsWorkflow() throws {
        let ws = try Workspace()
        try ws.write("road/roadmap.yml", "statuses: [todo, doing, done]\n")
        let schema = try ws.roadmap("schema", "prd", in: "road")
        #expect(schema.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(schema.stdout.utf8)) as? [String: Any])
        #expect(document["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let status = try #require((document["properties"] as? [String: Any])?["status"] as? [String: Any])
        #expect(status["enum"] as? [String] == ["todo", "doing", "done"])
        let outside = try ws.roadmap("schema")
        let defaults = try #require(try JSONSerialization.jsonObject(with: Data(outside.stdout.utf8)) as? [String: Any])
        #expect(((defaults["properties"] as? [String: Any])?["status"] as? [String: Any])?["enum"] as? [String]
            == ["idea", "discovery", "planned", "in-progress", "shipped", "dropped"])
        #expect(try ws.roadmap("schema", "objective").stdout.contains("\"key_results\""))
        #expect(try ws.roadmap("schema", "bogus").status == 2)
    }
}
