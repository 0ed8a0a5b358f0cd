import Foundation
import Testing

/// `roadmap check --staged` reads the index: exactly what the next commit would contain.
@Suite struct StagedCheckTests {
    static let config = "required_sections: [Problem]\n"

    static func prd(_ id: String, status: String = "idea", dependsOn: [String] = []) -> String {
        "---\nid: \(id)\ntitle: \(id.capitalized)\nstatus: \(status)\nowner: Sam\ndepends_on: [\(dependsOn.joined(separator: ", "))]\nokrs: [o]\nrice: { reach: 1, impact: 1, confidence: 1, effort: 1 }\n---\n## Problem\nP.\n"
    }

    static func committed() throws -> Workspace {
        let ws = try Workspace()
        try ws.write("roadmap.yml", config)
        try ws.write("okrs/o.md", "---\nid: o\ntitle: O\n---\n")
        try ws.write("prds/a.md", prd("a"))
        try ws.write("prds/b.md", prd("b", dependsOn: ["a"]))
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "start")
        return ws
    }

    @Test func stagedBadAndUnstagedFixDisagree() throws {
        let ws = try Self.committed()
        try ws.write("prds/a.md", Self.prd("a", status: "planed"))
        try ws.git("add", "prds/a.md")
        try ws.write("prds/a.md", Self.prd("a", status: "planned"))
        let staged = try ws.roadmap("check", "--staged")
        #expect(staged.status == 1)
        #expect(staged.stdout.hasPrefix("prds/a.md:4:9: error[RM301]: `planed` is not a status of this roadmap's workflow\n"))
        let tree = try ws.roadmap("check")
        #expect(tree.status == 0)
        #expect(!tree.stdout.contains("RM301"))
    }

    @Test func stagedFixAndUnstagedBreakDisagree() throws {
        let ws = try Self.committed()
        try ws.write("prds/a.md", Self.prd("a", status: "discovery"))
        try ws.git("add", "prds/a.md")
        try ws.write("prds/a.md", "---\nid: a\ntitle: [unclosed\n---\n")
        #expect(try ws.roadmap("check", "--staged").status == 0)
        let tree = try ws.roadmap("check")
        #expect(tree.status == 1)
        #expect(tree.stdout.contains("prds/a.md:3:"))
    }

    @Test func stagedDeletionBreaksADependencyElsewhere() throws {
        let ws = try Self.committed()
        try ws.git("rm", "-q", "--cached", "prds/a.md")
        let staged = try ws.roadmap("check", "--staged")
        #expect(staged.status == 1, "\(staged)")
        #expect(staged.stdout.hasPrefix("prds/b.md:6:14: error[RM503]: "), "\(staged.stdout)")
        #expect(staged.stdout.hasSuffix("checked 2 files: 1 error\n"))
        // The file is still on disk, so the working tree is fine.
        #expect(try ws.roadmap("check").stdout == "checked 3 files: no problems\n")

        // Through the hook, the same deletion cannot be committed.
        #expect(try ws.roadmap("hook", "install").status == 0)
        let blocked = try ws.gitResult("commit", "-q", "-m", "drop a")
        #expect(blocked.status != 0)
        #expect((blocked.stdout + blocked.stderr).contains("prds/b.md:6:14: error[RM503]"))
    }

    @Test func sarifForCodeScanning() throws {
        let ws = try Self.committed()
        try ws.write("prds/a.md", Self.prd("a", status: "planed"))
        let result = try ws.roadmap("check", "--format", "sarif")
        #expect(result.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.compactMap { $0["ruleId"] as? String } == ["RM301"])
    }
}
