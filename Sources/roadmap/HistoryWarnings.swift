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

    /// The history a site shows, or nil for a plain folder or a repository without commits. A
    /// history that cannot be read is a warning, not a failed build: the site is still right
    /// without it.
    static func siteHistory(_ session: RoadmapSession, config: RoadmapConfig) -> RoadmapHistory? {
        do throws(SourceError) {
            guard let mined = try session.history(config: config) else { return nil }
            report(mined.diagnostics)
            return mined.history
        } catch {
            Terminal.writeError("roadmap: warning: the site is built without history: \(error.message)\n")
            return nil
        }
    }
}
