import RoadmapDriver
import ArgumentParser
import Foundation
import RoadmapCore
import RoadmapReport
import RoadmapSite

/// `roadmap build`: the static site of the roadmap.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the roadmap and render it as a static HTML site.",
        discussion: """
            Every check of `roadmap check` runs first. Errors stop the build and leave any previous site \
            untouched (unless --allow-errors); warnings are shown on the site's Health page. The site is \
            written to a temporary folder and swapped in only when complete. Only files whose content \
            changed are rewritten.

            History: when the roadmap is in a git repository with commits, its history up to the built \
            revision (HEAD for the working tree, or the --ref / --at commit) is mined, with the cache in \
            .git/roadmap/, and shown on the site: a History section on each PRD and objective, a Changes \
            page, an Atom feed (feed.xml), slip counts and "last updated" dates, all taken from commits. \
            A plain folder, or --no-history, builds the site without them.

            Audiences: --audience NAME builds the site one audience of roadmap.yml's `audiences` sees \
            (`audiences: {public: {show: [public], hide_fields: [owner, rice], drop_sections: [Internal \
            notes]}}`). PRDs and objectives whose `visibility` it does not show appear nowhere: not on \
            any page, list, chart, search index, roadmap.json, feed or export; links to them become \
            plain text. Hidden fields are cleared, dropped sections removed from bodies, no diagnostics \
            are shown, and the history shows only changes to what the audience sees (commit messages \
            that may name hidden items are left out). The footer names the audience. Without --audience \
            the site is the team's: everything.

            Templates: the default theme is built into roadmap. Override it file by file, and add static \
            files, by putting files of the same name in the roadmap's own templates/ folder; \
            `roadmap theme export` writes the whole default theme out to start from. ROADMAP_TEMPLATES \
            names a folder holding another complete theme, used instead of the built-in one.

            Examples:
              roadmap build sample-roadmap                # writes sample-roadmap/_site/
              roadmap build --ref v1.0 --out /tmp/site    # the roadmap as it was at a tag
              roadmap build --audience public             # writes _site-public/, the public roadmap
            """)

    @OptionGroup var source: SourceOptions
    @OptionGroup var settings: CompileSettings

    @Option(help: ArgumentHelp("Folder to write the site to (default: _site in the roadmap root).", valueName: "dir"))
    var out: String?

    @Option(help: ArgumentHelp("The address the site is served from, for canonical links (default: base_url of roadmap.yml).", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp("URL prefix for links to source files, e.g. https://github.com/acme/roadmap/blob/main/", valueName: "url"))
    var sourceURL: String?

    @Flag(help: "Build even when the roadmap has errors; broken items are marked on the site.")
    var allowErrors = false

    @Flag(help: "Replace an existing output folder that roadmap did not create.")
    var force = false

    @Option(help: "How to print diagnostics (github: GitHub Actions annotations; sarif: SARIF 2.1.0, for code scanning).")
    var format: DiagnosticFormat = .text

    @Flag(help: "Do not mine the git history: no History sections, Changes page or feed.")
    var noHistory = false

    @Flag(help: "Also write roadmap.ics (the calendar, linked for subscription) and roadmap.md (the one-page summary) into the site.")
    var withExports = false

    @Option(help: ArgumentHelp("Build the site this audience of roadmap.yml sees (hidden items, fields and sections left out), in _site-NAME unless --out.", valueName: "name"))
    var audience: String?

    @Flag(help: "Print how long each stage took, on standard error.")
    var timings = false

    var request: SiteRequest {
        SiteRequest(outputFolder: out, baseURL: baseURL, sourceURL: sourceURL, allowErrors: allowErrors, force: force,
                    withExports: withExports, history: !noHistory, audience: audience)
    }

    func run() throws {
        let started = Date()
        let session: RoadmapSession
        let build: SiteBuild
        do throws(SourceError) {
            // No file cache: it keeps no Markdown bodies, and the site renders them.
            session = try source.session(settings: settings, caching: .none).session
            build = try session.buildSite(request)
        } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
        let compilation = build.compilation
        let display = DisplayPath(root: session.location.root)
        if !compilation.diagnostics.isEmpty {
            print(DiagnosticOutput.render(compilation, format: format, display: display), terminator: "")
        }
        HistoryWarnings.report(build.historyDiagnostics)
        if let failure = build.historyFailure {
            Terminal.writeError("roadmap: warning: the site is built without history: \(failure)\n")
        }
        if timings { Terminal.writeTimings(build.stageTimes + [("total", Date().timeIntervalSince(started))]) }
        let report: SiteReport
        switch build.outcome {
        case .built(let built): report = built
        case .refusedForErrors:
            Terminal.writeError("roadmap: the site was not built because the roadmap has errors (the previous site, if any, is untouched); fix them, or pass --allow-errors\n")
            throw ExitCode(1)
        case .setupFailed(let error):
            Terminal.writeError("roadmap: error: \(error)\n")
            throw ExitCode(2)
        case .failed(let error):
            Terminal.writeError("roadmap: error: \(error)\n")
            switch error {
            case .template, .missingTemplate: throw ExitCode(1)
            default: throw ExitCode(2)
            }
        }
        let index = display.showAbsolute(report.outputFolder) + "/index.html"
        print("built \(Plural.count(report.pageCount, "page")) (\(Plural.count(report.filesWritten, "file")) written, \(report.filesUnchanged) unchanged) in \(display.showAbsolute(report.outputFolder))/")
        print("open \(index)")
    }
}
