import Foundation
import RoadmapCore

/// `roadmap explain` as text, for every front end that explains a code (the CLI, the MCP server):
/// one code with its example and fix, or one line per code.
public enum ExplainText {
    /// Every code: number, default severity, name and summary, aligned, one line each.
    public static func list() -> String {
        DiagnosticCode.allCases.map { c in
            "\(c.rawValue)  \(c.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(c.name.padding(toLength: 28, withPad: " ", startingAt: 0))  \(c.explanation.summary)\n"
        }.joined()
    }

    /// One code: what it means, why, a file that has the problem, the file fixed, and how to
    /// change its severity. Ends with a newline.
    public static func explain(_ code: DiagnosticCode) -> String {
        let e = code.explanation
        return """
            \(code.rawValue) \(code.name) (\(code.defaultSeverity.rawValue) by default)

            \(e.summary)

            \(e.details)

            Example of the problem:

            \(indent(e.bad))

            Fixed:

            \(indent(e.fixed))

            To change its severity, in roadmap.yml:  rules: { \(code.rawValue): warning }   (or error, off)

            """
    }

    /// Why `text` names no code, in the words every front end uses.
    public static func unknown(_ text: String) -> String {
        "no diagnostic code '\(text)'; `roadmap explain` lists them all"
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}
