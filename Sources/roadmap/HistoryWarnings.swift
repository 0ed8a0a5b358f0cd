import RoadmapCore
import RoadmapDriver
import RoadmapHistory

/// Warnings about the history itself (a shallow clone), on standard error.
enum HistoryWarnings {
    static func report(_ diagnostics: [Diagnostic]) {
        for d in diagnostics {
            Terminal.writeError("roadmap: \(d.severity.rawValue)[\(d.code.rawValue)]: \(d.message)\n")
            if let help = d.help { Terminal.writeError("  = help: \(help)\n") }
        }
    }
}
