import ArgumentParser
import RoadmapCore
import RoadmapReport

/// `roadmap explain`: what a diagnostic code means, with a bad and a fixed example.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a diagnostic code, with an example of the problem and its fix.",
        discussion: "Give a code (RM301) or its name (unknown-status); without one, list every code.")

    @Argument(help: "A diagnostic code like RM301, or its name like unknown-status.")
    var code: String?

    func run() throws {
        guard let code else {
            print(ExplainText.list(), terminator: "")
            return
        }
        guard let found = DiagnosticCode(lookup: code) else {
            Terminal.writeError("roadmap: error: \(ExplainText.unknown(code))\n")
            throw ExitCode(2)
        }
        print(ExplainText.explain(found), terminator: "")
    }
}
