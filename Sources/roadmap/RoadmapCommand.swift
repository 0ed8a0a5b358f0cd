import RoadmapDriver
import ArgumentParser

/// `roadmap`: the command-line face of the compiler. Each subcommand only parses its options,
/// calls the library, and prints.
struct RoadmapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap",
        abstract: "Compile a git-backed roadmap of PRDs and OKRs: check it like a compiler, render it as a site.",
        discussion: """
            A roadmap is a folder (usually in a git repository) with a roadmap.yml, PRDs under prds/ and \
            objectives under okrs/, each a Markdown file with YAML front matter. See docs/FORMAT.md.

            Exit status: 0 no errors, 1 the roadmap has errors, 2 the command could not run.
            """,
        version: RoadmapVersion.current,
        subcommands: [
            CheckCommand.self, BuildCommand.self, ListCommand.self, OKRsCommand.self, LogCommand.self, DiffCommand.self,
            InitCommand.self, NewCommand.self, HookCommand.self, ThemeCommand.self, SchemaCommand.self, ExplainCommand.self,
            FixCommand.self, MoveCommand.self, SetCommand.self, ExportCommand.self, ServeCommand.self, LspCommand.self,
            McpCommand.self, GraphCommand.self, PortfolioCommand.self,
        ])
}

