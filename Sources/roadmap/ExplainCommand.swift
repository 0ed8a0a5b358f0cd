import Foundation
import ArgumentParser
import RoadmapCore

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
            for c in DiagnosticCode.allCases {
                print("\(c.rawValue)  \(c.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(c.name.padding(toLength: 28, withPad: " ", startingAt: 0))  \(c.explanation.summary)")
            }
            return
        }
        guard let found = DiagnosticCode(lookup: code) else {
            Terminal.writeError("roadmap: error: no diagnostic code '\(code)'; `roadmap explain` lists them all\n")
            throw ExitCode(2)
        }
        let e = found.explanation
        print("""
            \(found.rawValue) \(found.name) (\(found.defaultSeverity.rawValue) by default)

            \(e.summary)

            \(e.details)

            Example of the problem:

            \(indent(e.bad))

            Fixed:

            \(indent(e.fixed))

            To change its severity, in roadmap.yml:  rules: { \(found.rawValue): warning }   (or error, off)
            """)
    }

    private func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}
