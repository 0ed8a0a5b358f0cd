import Foundation
import RoadmapCore

/// GitHub Actions workflow commands: one `::error` or `::warning` annotation per diagnostic, at
/// its line and column, so problems show on the pull request's diff.
public struct GitHubReporter: Sendable {
    public var quoter: SourceQuoter

    public init(quoter: SourceQuoter) { self.quoter = quoter }

    public func render(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        var out = ""
        for d in diagnostics {
            let command = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
            var properties: [String] = []
            if let at = d.location {
                properties += ["file=\(property(quoter.display(at.path)))", "line=\(at.line)", "col=\(at.column)",
                               "endColumn=\(at.column + at.length)"]
            }
            properties.append("title=\(property("\(d.code.rawValue) \(d.code.name)"))")
            var message = d.message
            if let help = d.help { message += "\nhelp: \(help)" }
            for note in d.notes {
                message += "\nnote: \(note.message)"
                if let at = note.location { message += " (\(quoter.display(at.path)):\(at.line):\(at.column))" }
            }
            out += "::\(command) \(properties.joined(separator: ","))::\(data(message))\n"
        }
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        out += "roadmap: checked \(Plural.count(fileCount, "file")): \(Plural.count(errors, "error")), \(Plural.count(warnings, "warning"))\n"
        return out
    }

    private func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
