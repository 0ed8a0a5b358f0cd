import Foundation
import RoadmapCore
import RoadmapLSPProtocol
import RoadmapReport
import Testing

/// Diagnostics follow the editor's buffers, saved or not, across files.
@Suite struct DiagnosticsPublishingTests {
    @Test func aTypoInABufferIsPublishedAtItsRangeAndClearedWhenFixed() throws {
        let client = try ScriptedClient(git: true)
        _ = client.sent
        try client.open("prds/onboarding.md")
        client.edit("prds/onboarding.md", from: (4, 8), to: (4, 15), "planed")
        let diagnostics = try #require(client.published(client.sent, for: "prds/onboarding.md"))
        let typo = try #require(diagnostics.first { $0["code"]?.stringValue == "RM301" })
        #expect(typo["range"] == TextRange(start: Position(line: 4, character: 8), end: Position(line: 4, character: 14)).json)
        #expect(typo["severity"]?.intValue == 1)
        #expect(typo["message"]?.stringValue?.contains("did you mean `planned`?") == true)
        // The code links to `roadmap explain`'s text, written inside .git.
        let page = try #require(typo["codeDescription"]?["href"]?.stringValue.flatMap(URL.init(string:)))
        #expect(page.path.hasSuffix("/.git/roadmap/explain/RM301.txt"))
        #expect(try String(contentsOf: page, encoding: .utf8) == ExplainText.explain(.unknownStatus))

        client.edit("prds/onboarding.md", from: (4, 8), to: (4, 14), "planned", version: 3)
        let cleared = try #require(client.published(client.sent, for: "prds/onboarding.md"))
        #expect(!JSONValue.codes(cleared).contains("RM301"))
        // The file on disk was never touched.
        #expect(try String(contentsOfFile: client.root + "/prds/onboarding.md", encoding: .utf8) == ScriptedClient.files["prds/onboarding.md"])
    }

    @Test func editingAnObjectiveUpdatesThePRDsThatLinkToIt() throws {
        let client = try ScriptedClient()
        _ = client.sent
        try client.open("okrs/grow.md")
        // kr1 becomes kr9: onboarding's `okrs: [grow/kr1]`, in a file not open, is now broken.
        client.edit("okrs/grow.md", from: (6, 9), to: (6, 12), "kr9")
        let broken = try #require(client.published(client.sent, for: "prds/onboarding.md"))
        let link = try #require(broken.first { $0["code"]?.stringValue == DiagnosticCode.unknownOKR.rawValue })
        #expect(link["range"]?["start"] == Position(line: 7, character: 7).json)
        client.edit("okrs/grow.md", from: (6, 9), to: (6, 12), "kr1", version: 3)
        let fixed = try #require(client.published(client.sent, for: "prds/onboarding.md"))
        #expect(!JSONValue.codes(fixed).contains(DiagnosticCode.unknownOKR.rawValue))
    }

    @Test func deletingAnIDShowsTheBrokenLinksElsewhere() throws {
        let client = try ScriptedClient()
        _ = client.sent
        try client.open("prds/billing.md")
        client.edit("prds/billing.md", from: (1, 4), to: (1, 11), "invoicing")
        let messages = client.sent
        let dependent = try #require(client.published(messages, for: "prds/onboarding.md"))
        let broken = try #require(dependent.first { $0["code"]?.stringValue == DiagnosticCode.unknownDependency.rawValue })
        #expect(broken["range"]?["start"] == Position(line: 8, character: 13).json)
    }

    @Test func anUnsavedNewFileIsChecked() throws {
        let client = try ScriptedClient()
        _ = client.sent
        try client.open("prds/draft.md", "---\nid: draft\ntitle: A draft\nowner: Ada Park\nstatus: idea\n---\n\n# A draft\n")
        let diagnostics = try #require(client.published(client.sent, for: "prds/draft.md"))
        #expect(JSONValue.codes(diagnostics).contains(DiagnosticCode.missingSection.rawValue))
        #expect(!FileManager.default.fileExists(atPath: client.root + "/prds/draft.md"))
    }

    /// A buffer opened on a symbolic link is not compiled as a file: `check` does not follow
    /// links, and neither does the editor's view of the roadmap.
    @Test func aLinkOpenedInTheEditorStaysALink() throws {
        let client = try ScriptedClient()
        try FileManager.default.createSymbolicLink(atPath: client.root + "/prds/alias.md", withDestinationPath: "billing.md")
        client.notify("workspace/didChangeWatchedFiles", .object([("changes", .array([.object([("uri", .string(client.uri("prds/alias.md"))), ("type", 1)])]))]))
        try client.open("prds/alias.md", try String(contentsOfFile: client.root + "/prds/billing.md", encoding: .utf8))
        client.edit("prds/alias.md", from: (2, 7), to: (2, 7), "Edited ")
        let messages = client.sent
        let codes = JSONValue.codes(client.published(messages, for: "prds/alias.md"))
        #expect(codes == [DiagnosticCode.symlinkNotFollowed.rawValue], "\(codes)")
        #expect(!JSONValue.codes(client.published(messages, for: "prds/billing.md")).contains(DiagnosticCode.duplicateID.rawValue))
    }

    @Test func closingABufferGoesBackToTheFileOnDisk() throws {
        let client = try ScriptedClient()
        try client.open("prds/billing.md")
        client.edit("prds/billing.md", from: (4, 8), to: (4, 12), "bogus")
        #expect(JSONValue.codes(client.published(client.sent, for: "prds/billing.md")).contains("RM301"))
        client.notify("textDocument/didClose", .object([("textDocument", .object([("uri", .string(client.uri("prds/billing.md")))]))]))
        let after = client.published(client.sent, for: "prds/billing.md")
        #expect(after != nil && !JSONValue.codes(after).contains("RM301"))
    }

    @Test func filesChangedOnDiskAreReadAgain() throws {
        let client = try ScriptedClient()
        _ = client.sent
        let path = client.root + "/prds/billing.md"
        try ScriptedClient.files["prds/billing.md"]!.replacingOccurrences(of: "status: idea", with: "status: idae").write(toFile: path, atomically: true, encoding: .utf8)
        client.notify("workspace/didChangeWatchedFiles", .object([("changes", .array([.object([("uri", .string(client.uri("prds/billing.md"))), ("type", 2)])]))]))
        #expect(JSONValue.codes(client.published(client.sent, for: "prds/billing.md")).contains("RM301"))
    }

    @Test func problemsOfTheWholeRoadmapAreShownOnRoadmapYml() throws {
        var files = ScriptedClient.files
        files["okrs/grow.md"] = nil
        files["roadmap.yml"] = files["roadmap.yml"]! + "bogus_setting: 1\n"
        let client = try ScriptedClient(files: files)
        let shown = JSONValue.codes(client.published(client.sent, for: "roadmap.yml"))
        // RM802 (no objectives folder) has no place; RM203 (the unknown setting) is at its line.
        #expect(shown == ["RM802", "RM203"], "\(shown)")
    }

    @Test func onlyChangedFilesArePublishedAgain() throws {
        let client = try ScriptedClient()
        try client.open("prds/onboarding.md")
        _ = client.sent
        // A typo in one PRD changes its diagnostics only: that file alone is published.
        client.edit("prds/onboarding.md", from: (4, 8), to: (4, 15), "planed")
        func published() -> [String] {
            client.sent.filter { $0["method"]?.stringValue == "textDocument/publishDiagnostics" }.compactMap { $0["params"]?["uri"]?.stringValue }
        }
        #expect(published() == [client.uri("prds/onboarding.md")])
        // Prose that changes no diagnostic publishes nothing.
        client.edit("prds/onboarding.md", from: (17, 0), to: (17, 3), "Old", version: 3)
        #expect(published().isEmpty)
    }
}
