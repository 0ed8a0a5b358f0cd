import ArgumentParser
import Dispatch
import Foundation
import RoadmapCore
import RoadmapDriver
import RoadmapReport
import RoadmapServe
import RoadmapSources

/// `roadmap serve`: the site from memory, brought up to date as files are saved.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a live preview of the site that reloads as you write.",
        discussion: """
            The site is rendered into memory (nothing is written to _site/) and served on \
            http://127.0.0.1:4000/. The roadmap's folder is watched: on every save the roadmap is \
            compiled again (only the changed files are re-read) and every open page whose content \
            changed reloads itself. While the roadmap has errors the last good site stays up and each \
            page shows the errors over it, gone as soon as they are fixed. One line per update is \
            printed: what changed, how long it took, how many problems.

            --ref and --at serve the roadmap as it was, without watching. The server answers only \
            GET and HEAD, never serves a file from outside the site, and listens on loopback unless \
            --host says otherwise. Ctrl-C stops it.

            Examples:
              roadmap serve                        # the roadmap around the current folder
              roadmap serve sample-roadmap --port 8080
              roadmap serve --ref v1.0             # the roadmap as tagged, no reloading
              roadmap serve --audience public      # what the public roadmap will show
            """)

    @OptionGroup var source: SourceOptions
    @OptionGroup var settings: CompileSettings

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 4000

    @Option(help: ArgumentHelp("The address to listen on. Anything but loopback makes the preview reachable from other machines.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("URL prefix for links to source files, e.g. https://github.com/acme/roadmap/blob/main/", valueName: "url"))
    var sourceURL: String?

    @Flag(help: "Do not mine the git history: no History sections, Changes page or feed.")
    var noHistory = false

    @Option(help: ArgumentHelp("Serve the site this audience of roadmap.yml sees, as `roadmap build --audience` builds it (errors are still shown over the pages, to you).", valueName: "name"))
    var audience: String?

    @Flag(help: "After each update, print how long each stage took, on standard error.")
    var timings = false

    func validate() throws {
        if source.staged { throw ValidationError("serve reads the working tree, or a revision with --ref or --at; --staged is not served") }
    }

    func run() throws {
        let session: RoadmapSession
        do throws(SourceError) {
            session = try source.session(settings: settings, caching: .memory).session
        } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
        let root = session.location.root
        let preview = LivePreview(session: session, request: SiteRequest(sourceURL: sourceURL, history: !noHistory, audience: audience))
        let server: PreviewServer
        do throws(PreviewServer.Failure) {
            server = try PreviewServer(preview: preview, host: host, port: port)
        } catch {
            Terminal.writeError("roadmap: error: \(error)\n")
            throw ExitCode(2)
        }
        let watcher: TreeWatcher?
        if case .workingTree = source.choice {
            do throws(TreeWatcher.Failure) {
                watcher = try TreeWatcher(root: root, ignoring: ["_site"] + (audience.map { ["_site-" + $0] } ?? []))
            } catch {
                Terminal.writeError("roadmap: error: \(error)\n")
                throw ExitCode(2)
            }
        } else {
            watcher = nil
        }

        // Why the server ended, told from its task to the command.
        let outcome = Locked<String?>(nil)
        let done = DispatchSemaphore(value: 0)
        let host = host, timings = timings
        Task {
            do throws(PreviewServer.Failure) {
                try await server.run { port in
                    // Listening first, so a port in use fails at once, not after rendering 10,000 pages.
                    let first = preview.update()
                    ServeOutput.line(first, changed: nil)
                    if timings { Terminal.writeTimings(first.stageTimes) }
                    for notice in preview.takeNotices() { Terminal.writeError("roadmap: warning: \(notice)\n") }
                    if preview.currentSite == nil {
                        outcome.value = "the site could not be rendered: \(first.failure ?? "unknown reason")"
                        Task { await server.stop() }
                        return
                    }
                    // Warned before the address is printed: whoever reads the address has seen the warning.
                    if !PreviewServer.isLoopback(host) {
                        Terminal.writeError("roadmap: warning: listening on \(host), which other machines can reach; the preview has no authentication\n")
                    }
                    let shown = host.contains(":") ? "[\(host)]" : host
                    ServeOutput.say("serving http://\(shown):\(port)/ \(watcher == nil ? "(a revision: not watching for changes)" : "(watching \(root)/); Ctrl-C stops")")
                    watcher?.start { [watcher] changed in
                        let update = preview.update(changed: changed, watched: { watcher?.matters($0) ?? false })
                        server.publish(update)
                        ServeOutput.line(update, changed: changed)
                        if timings { Terminal.writeTimings(update.stageTimes) }
                        for notice in preview.takeNotices() { Terminal.writeError("roadmap: warning: \(notice)\n") }
                    }
                }
            } catch {
                outcome.value = error.description
            }
            done.signal()
        }
        let stopping = ServeSignals.onInterrupt {
            watcher?.stop()
            Task {
                await server.stop()
                done.signal()
            }
        }
        // Held until the server ends: a released signal source is cancelled, and Ctrl-C would do nothing.
        withExtendedLifetime(stopping) { done.wait() }
        watcher?.stop()
        if let message = outcome.value {
            Terminal.writeError("roadmap: error: \(message)\n")
            throw ExitCode(2)
        }
        ServeOutput.say("stopped")
    }
}


/// Ctrl-C and SIGTERM stop the server cleanly instead of killing the process mid-response.
enum ServeSignals {
    static func onInterrupt(_ handler: @escaping @Sendable () -> Void) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: handler)
            source.resume()
            return source
        }
    }
}

/// The one line `serve` prints per update, written at once (the output is often a pipe).
enum ServeOutput {
    static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func line(_ update: PreviewUpdate, changed: [String]?) {
        let time = String(format: "%.0f ms", update.milliseconds)
        var what: String
        if let changed {
            let named = changed.filter { !$0.isEmpty }
            what = named.isEmpty ? "files changed" : named.prefix(3).joined(separator: ", ") + (named.count > 3 ? " and \(named.count - 3) more" : "") + " changed"
        } else {
            what = "rendered \(Plural.count(update.renderedPages, "page")) of \(Plural.count(update.fileCount, "file"))"
        }
        if changed != nil { what += ": \(Plural.count(update.changedPages.count, "page")) updated" }
        let errors = update.errors
        let warnings = update.diagnostics.count - errors.count
        var problems = errors.isEmpty ? "no errors" : Plural.count(errors.count, "error")
        if warnings > 0 { problems += ", " + Plural.count(warnings, "warning") }
        if update.keptLastGoodSite { problems += "; showing the last good site" }
        say("\(what) in \(time); \(problems)")
        for error in errors.prefix(5) {
            let place = error.location.map { "\($0.path):\($0.line):\($0.column): " } ?? ""
            say("  \(place)error[\(error.code.rawValue)]: \(error.message)")
        }
        if errors.count > 5 { say("  ... and \(errors.count - 5) more (roadmap check lists them all)") }
        if let failure = update.failure { say("  the site could not be updated: \(failure)") }
    }
}
