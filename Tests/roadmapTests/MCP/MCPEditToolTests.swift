import Foundation
import MCP
import Testing

/// `roadmap mcp --allow-edits`: the edit tools change exactly the bytes the CLI commands change,
/// say what they did in the CLI's words, and refuse what the CLI refuses.
@Suite struct MCPEditToolTests {
    /// Two identical roadmaps: one edited by the CLI, the other through the server.
    struct Twins {
        let cli: Workspace
        let mcp: Workspace
        let server: MCPServerProcess

        init() async throws {
            cli = try MCPFixture.workspace()
            mcp = try MCPFixture.workspace()
            server = try await MCPServerProcess(mcp, [mcp.root, "--allow-edits"])
        }

        /// Runs the CLI command and the tool; both must succeed, say the same and leave the same files.
        func same(_ command: [String], _ tool: String, _ arguments: [String: Value],
                  sourceLocation: SourceLocation = #_sourceLocation) async throws {
            let before = MCPFixture.snapshot(mcp)
            let printed = try CLI.run(try CLI.binary(), command, in: cli.root, environment: CLI.environment(home: cli.home))
            let answer = try await server.call(tool, arguments)
            #expect(printed.status == 0, "\(printed)", sourceLocation: sourceLocation)
            #expect(!answer.isError, "\(answer)", sourceLocation: sourceLocation)
            #expect(answer.texts.first == printed.stdout, sourceLocation: sourceLocation)
            let after = MCPFixture.snapshot(mcp)
            #expect(after != before, "\(tool) changed nothing", sourceLocation: sourceLocation)
            #expect(after == MCPFixture.snapshot(cli), "\(tool) wrote other bytes than `roadmap \(command.joined(separator: " "))`",
                    sourceLocation: sourceLocation)
        }
    }

    @Test func editToolsAreListedOnlyWithAllowEdits() async throws {
        let twins = try await Twins()
        let tools = try await twins.server.client.listTools().tools
        #expect(tools.map(\.name) == ["check", "list", "show", "objectives", "diff", "log", "explain", "move", "set", "fix"])
        for tool in tools.suffix(3) {
            #expect(tool.annotations.readOnlyHint == false && tool.annotations.destructiveHint == true, "\(tool.name)")
            #expect((tool.description ?? "").count > 200, "\(tool.name)")
        }
        await twins.server.close()
    }

    @Test func setAndMoveWriteWhatTheCommandsWrite() async throws {
        let twins = try await Twins()
        try await twins.same(["set", "b", "due", "2026-11-30"], "set", ["id": "b", "field": "due", "value": "2026-11-30"])
        try await twins.same(["set", "o/kr1", "current", "4.5"], "set", ["id": "o/kr1", "field": "current", "value": 4.5])
        try await twins.same(["set", "a", "rice.reach", "52000"], "set", ["id": "a", "field": "rice.reach", "value": 52000])
        try await twins.same(["move", "a", "discovery"], "move", ["id": "a", "status": "discovery"])
        try await twins.same(["move", "b", "planned", "--set", "quarter=2026-Q4"], "move",
                             ["id": "b", "status": "planned", "set": ["quarter": "2026-Q4"]])
        #expect(twins.mcp.read("prds/b.md")?.contains("status: planned\n") == true)
        // The server's own session sees its edits.
        let shown = try await twins.server.text("show", ["id": "b"])
        #expect(shown.contains("\"quarter\": \"2026-Q4\""), "\(shown)")
        await twins.server.close()
    }

    @Test func refusedAndDryRunEditsWriteNothing() async throws {
        let twins = try await Twins()
        let before = MCPFixture.snapshot(twins.mcp)
        let refused = try await twins.server.call("move", ["id": "a", "status": "shipped"])
        #expect(refused.isError, "\(refused)")
        #expect(refused.texts.first?.hasPrefix("refused; nothing was written:\n\nprds/a.md:4:9: error[RM320]: PRD `a` moves from `idea` to `shipped`, which the workflow's transitions do not allow\n") == true, "\(refused)")
        let badValue = try await twins.server.call("set", ["id": "b", "field": "due", "value": "2026-13-01"])
        #expect(badValue.isError && badValue.texts.first?.contains("error[RM302]") == true, "\(badValue)")
        #expect(badValue.texts.first?.contains("| due: 2026-13-01\n") == true, "the refusal quotes the line as it would be: \(badValue)")
        let unknownItem = try await twins.server.call("set", ["id": "zz", "field": "title", "value": "Z"])
        #expect(unknownItem.isError, "\(unknownItem)")
        let missing = try await twins.server.call("set", ["id": "b", "field": "title"])
        #expect(missing.isError && missing.texts == ["set needs the argument `value`"], "\(missing)")

        let dry = try await twins.server.call("set", ["id": "b", "field": "due", "value": "2026-11-30", "dryRun": true])
        let cliDry = try twins.cli.roadmap("set", "b", "due", "2026-11-30", "--dry-run")
        #expect(!dry.isError && dry.texts == [cliDry.stdout] && cliDry.stdout.hasPrefix("diff --git a/prds/b.md b/prds/b.md\n"), "\(dry)")
        #expect(MCPFixture.snapshot(twins.mcp) == before)
        await twins.server.close()
    }

    @Test func fixFixesWhatTheCommandFixes() async throws {
        let twins = try await Twins()
        let broken = MCPFixture.prdA.replacingOccurrences(of: "status: idea", with: "status: idae")
            .replacingOccurrences(of: "owner: Sam", with: "owner: Sam\nstart: 2026-7-1\ntaem: x")
        for ws in [twins.cli, twins.mcp] { try ws.write("prds/a.md", broken) }

        let dry = try await twins.server.call("fix", ["dryRun": true])
        let cliDry = try twins.cli.roadmap("fix", "--dry-run")
        #expect(!dry.isError && dry.texts == [cliDry.stderr, cliDry.stdout], "\(dry)\n\(cliDry)")
        #expect(twins.mcp.read("prds/a.md") == broken)

        let fixed = try await twins.server.call("fix", [:])
        let cliFixed = try twins.cli.roadmap("fix")
        #expect(!fixed.isError, "\(fixed)")
        #expect(cliFixed.stdout.hasPrefix(fixed.texts.first ?? "-"), "\(fixed)\n\(cliFixed)")
        #expect(fixed.texts.first?.contains("prds/a.md:6:8: fixed RM302: replace `2026-7-1` with `2026-07-01`\n") == true, "\(fixed)")
        #expect(fixed.texts.dropFirst().first == (try twins.cli.roadmap("check", "--format", "json")).stdout)
        #expect(MCPFixture.snapshot(twins.mcp) == MCPFixture.snapshot(twins.cli))
        #expect(twins.mcp.read("prds/a.md") != broken)

        let unsafe = try await twins.server.call("fix", ["unsafe": true, "dryRun": true])
        let cliUnsafe = try twins.cli.roadmap("fix", "--unsafe", "--dry-run")
        #expect(unsafe.texts == [cliUnsafe.stderr, cliUnsafe.stdout], "\(unsafe)\n\(cliUnsafe)")
        await twins.server.close()
    }
}
