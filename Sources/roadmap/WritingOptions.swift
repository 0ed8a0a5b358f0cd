import RoadmapDriver
import ArgumentParser
import RoadmapCompiler
import RoadmapCore
import RoadmapReport
import RoadmapSources

/// What `fix`, `move` and `set` share: they write the working tree, so they read it too.
extension SourceOptions {
    func validateWorkingTreeOnly(_ command: String) throws {
        if revision != nil || day != nil || staged {
            throw ValidationError("\(command) changes files in the working tree; --ref, --at and --staged do not apply")
        }
    }

    /// An edit session on the working tree of the roadmap; exit 2 when it cannot be opened.
    func editSession() throws -> EditSession {
        do throws(SourceError) {
            let (location, _) = try open()
            return EditSession(location: location, options: CompileSettings.defaults(for: location))
        } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
    }
}

/// Diagnostics of a command that writes, on standard error, as `check` shows them.
enum WriteReport {
    static func show(_ diagnostics: [Diagnostic], session: EditSession, texts: [String: String] = [:]) {
        guard !diagnostics.isEmpty else { return }
        let display = DisplayPath(root: session.location.root)
        let quoter = SourceQuoter(texts: texts, display: { display.show($0) })
        let reporter = TextReporter(quoter: quoter, color: Terminal.wantsColor(.standardError))
        Terminal.writeError(diagnostics.map { reporter.render($0) }.joined())
    }

    /// Runs `body`, turning a failure to read or write into exit 2.
    static func environment<T>(_ body: () throws(SourceError) -> T) throws -> T {
        do throws(SourceError) { return try body() } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
    }
}
