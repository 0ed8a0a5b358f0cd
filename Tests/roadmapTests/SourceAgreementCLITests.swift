import Foundation
import Testing

/// The working tree, a commit and the index give the same diagnostics for the same content, and
/// the analysis cache never changes an answer: cold, warm, corrupt or bypassed.
@Suite struct SourceAgreementCLITests {
    static func brokenRoadmap() throws -> Workspace {
        let ws = try Workspace()
        try ws.write("roadmap.yml", StagedCheckTests.config)
        try ws.write("okrs/o.md", "---\nid: o\ntitle: O\nkey_results:\n  - { id: kr1, title: K, baseline: 1, target: 1 }\n---\n")
        try ws.write("prds/a.md", StagedCheckTests.prd("a", status: "planed", dependsOn: ["b"]))
        try ws.write("prds/b.md", StagedCheckTests.prd("b", dependsOn: ["a", "zz"]))
        try ws.write("prds/c.md", "no front matter\n")
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "broken")
        return ws
    }

    @Test func workingTreeCommitAndIndexAgree() throws {
        let ws = try Self.brokenRoadmap()
        let tree = try ws.roadmap("check", "--format", "json", "--no-cache")
        let commit = try ws.roadmap("check", "--ref", "HEAD", "--format", "json", "--no-cache")
        let index = try ws.roadmap("check", "--staged", "--format", "json", "--no-cache")
        #expect(tree.status == 1)
        for code in ["RM301", "RM506", "RM503", "RM101", "RM603"] { #expect(tree.stdout.contains("\"\(code)\""), "\(code)") }
        #expect(commit.stdout == tree.stdout)
        #expect(index.stdout == tree.stdout)
        #expect(commit.status == 1 && index.status == 1)
    }

    @Test func cacheNeverChangesTheAnswer() throws {
        let ws = try Self.brokenRoadmap()
        let cold = try ws.roadmap("check", "--ref", "HEAD", "--no-cache")
        let first = try ws.roadmap("check", "--ref", "HEAD")
        let warm = try ws.roadmap("check", "--ref", "HEAD")
        #expect(first.stdout == cold.stdout && warm.stdout == cold.stdout)
        let cacheFolder = ws.path(".git/roadmap")
        let files = try FileManager.default.contentsOfDirectory(atPath: cacheFolder).filter { $0.hasSuffix(".bin") }
        #expect(files.count == 1)
        // A scribbled cache is detected and rebuilt, never trusted.
        let file = cacheFolder + "/" + files[0]
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        for i in stride(from: 20, to: bytes.count, by: 7) { bytes[i] ^= 0x5A }
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let corrupt = try ws.roadmap("check", "--ref", "HEAD")
        #expect(corrupt.stdout == cold.stdout)
        try FileManager.default.removeItem(atPath: cacheFolder)
        let removed = try ws.roadmap("check", "--ref", "HEAD")
        #expect(removed.stdout == cold.stdout)
        // An edit is seen at once: the cache is keyed by content.
        try ws.write("prds/a.md", StagedCheckTests.prd("a", status: "planned", dependsOn: ["b"]))
        try ws.git("add", "prds/a.md")
        let staged = try ws.roadmap("check", "--staged")
        #expect(!staged.stdout.contains("RM301"))
        #expect(staged.stdout.contains("RM506"))
    }
}
