import ArgumentParser
import RoadmapMCP
import RoadmapSources

/// `roadmap mcp`: the roadmap for AI assistants, as a Model Context Protocol server on stdio.
struct McpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve the roadmap to AI assistants: a Model Context Protocol (MCP) server on standard input and output.",
        discussion: """
            An assistant starts this command and talks to it in JSON-RPC over standard input and output; \
            nothing else is written to standard output (problems go to standard error). It runs until its \
            input closes, and reads the roadmap afresh for every question (only changed files are parsed \
            again).

            Tools: check, list, show, objectives, diff, log and explain, answering as `roadmap check \
            --format json`, `roadmap list --format json` and so on do; and the resource \
            roadmap://roadmap.json, the site's roadmap.json. The server is read-only unless started with \
            --allow-edits, which adds the tools move, set and fix: they change files in the working tree \
            exactly as `roadmap move`, `set` and `fix` do, and can preview a change with dryRun.

            Name the roadmap's folder: assistants start servers in a folder of their own choosing. \
            Claude Desktop (claude_desktop_config.json) or Claude Code (.mcp.json in a project):

              {"mcpServers": {"roadmap": {
                "command": "roadmap",
                "args": ["mcp", "/path/to/roadmap"]}}}

            With Claude Code's command line:

              claude mcp add roadmap -- roadmap mcp /path/to/roadmap

            Examples:
              roadmap mcp sample-roadmap
              roadmap mcp ~/work/roadmap --allow-edits
              roadmap mcp . --today 2026-07-01 --verbose
            """)

    @OptionGroup var folder: RoadmapFolderOption
    @OptionGroup var settings: CompileSettings

    @Flag(help: "Also offer the tools that change files: move, set and fix (off: the server is read-only).")
    var allowEdits = false

    @Flag(help: "Log every protocol message on standard error.")
    var verbose = false

    func run() throws {
        let location: RoadmapLocation
        do throws(SourceError) {
            location = try folder.find().location
        } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
        do {
            try RoadmapMCPServer.serveBlocking(.init(location: location, allowEdits: allowEdits, today: settings.day, verbose: verbose))
        } catch {
            Terminal.writeError("roadmap: error: \(error)\n")
            throw ExitCode(2)
        }
    }
}
