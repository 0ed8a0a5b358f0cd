import ArgumentParser
import Foundation
import RoadmapLanguageServer
import RoadmapLSPProtocol

/// `roadmap lsp`: the language server, over standard input and output.
struct LspCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP 3.17 over stdio) for editors.",
        discussion: """
            An editor starts this command and talks to it over standard input and output; it is \
            not meant to be typed. The server checks the roadmap's PRDs, objectives and \
            roadmap.yml as you type, unsaved buffers included, across files (editing an objective \
            updates the PRDs that link to it), and offers completion of front-matter keys and \
            values (statuses of this roadmap's workflow, teams, owners, tags, ids in depends_on, \
            objective/kr references in okrs, quarters), hover (an id's title, status and file; the \
            RICE score and backlog rank; a key result's progress), go to definition, find \
            references, document and workspace symbols, and the diagnostics' fixes as code actions.

            The roadmap is found from the workspace folder the editor opens (roadmap.yml there \
            or above). Nothing but protocol messages is written to standard output.

            Setting it up: see "Editors" in the README (VS Code, Neovim, Helix, Zed).
            """)

    @Flag(help: "Talk over standard input and output (the only transport; accepted because clients pass it).")
    var stdio = false

    @OptionGroup var settings: CompileSettings

    @Flag(help: "After each compile, print how long each stage took, on standard error.")
    var timings = false

    func run() throws {
        // A client that goes away must not kill the server with SIGPIPE mid-write.
        signal(SIGPIPE, SIG_IGN)
        let report: (([(stage: String, seconds: Double)]) -> Void)? = timings ? { Terminal.writeTimings($0) } : nil
        let status = LanguageServerConnection.run(reader: MessageReader(fileDescriptor: 0), writer: MessageWriter(fileDescriptor: 1),
                                                  currentDirectory: nil, today: settings.day, timings: report)
        // ArgumentParser prints a newline for a thrown ExitCode(0); stdout is the protocol's.
        if status != 0 { throw ExitCode(status) }
    }
}
