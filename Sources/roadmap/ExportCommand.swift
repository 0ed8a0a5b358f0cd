import RoadmapDriver
import ArgumentParser
import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapExport
import RoadmapHistory
import RoadmapSources

extension SummaryGrouping: ExpressibleByArgument {}

/// `roadmap export KIND`: the roadmap in a form to take to a meeting.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the roadmap as a calendar (ics), a one-page summary (markdown, html, pdf) or Mermaid diagrams.",
        discussion: """
            ics: an iCalendar file (RFC 5545) with an all-day event on each PRD's due day and start day \
            and on the last day of each objective's period; UIDs stay the same from export to export, and \
            DTSTAMP is the time of the commit read (HEAD for the working tree), so the file depends on the \
            roadmap only. markdown: objectives with their key results' progress and the PRDs by quarter or \
            by status (--by); with --since REV, also what changed from REV to the revision read (as \
            `roadmap diff --format markdown`). html: the same summary as one self-contained file (styles \
            inlined, no scripts). pdf: the HTML printed by headless Chromium, dated by the commit; needs --out. mermaid: a Gantt \
            chart of the dated PRDs by team and the dependency graph, as fenced blocks.

            Examples:
              roadmap export ics --out roadmap.ics
              roadmap export markdown --by status --since v1.0
              roadmap export html --ref v2.0 --out roadmap-v2.html
              roadmap export pdf --out roadmap.pdf
              roadmap export mermaid >> README.md
              roadmap export ics --audience public --out public.ics
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable { case ics, markdown, html, mermaid, pdf }

    @Argument(help: "What to export: ics, markdown, html, mermaid or pdf.")
    var kind: Kind

    @OptionGroup var source: SourceOptions
    @OptionGroup var settings: CompileSettings

    @Option(help: ArgumentHelp("Write to this file instead of standard output (required for pdf).", valueName: "file"))
    var out: String?

    @Option(help: "markdown, html, pdf: group the PRDs by quarter (the default) or by status.")
    var by: SummaryGrouping?

    @Option(help: ArgumentHelp("markdown: add what changed since this revision, or since this day (YYYY-MM-DD).", valueName: "rev"))
    var since: String?

    @Option(help: ArgumentHelp("Export what this audience of roadmap.yml sees (as `roadmap build --audience`).", valueName: "name"))
    var audience: String?

    func validate() throws {
        if kind == .pdf, out == nil { throw ValidationError("a PDF is not written to a terminal: give --out FILE") }
        if since != nil, kind != .markdown { throw ValidationError("--since belongs to the markdown export") }
        if by != nil, [.ics, .mermaid].contains(kind) { throw ValidationError("--by belongs to the markdown, html and pdf exports") }
    }

    func run() throws {
        let session: RoadmapSession
        let location: RoadmapLocation
        let opened: any RoadmapSource
        let compilation: Compilation
        do throws(SourceError) {
            session = try source.session(settings: settings).session
            (location, opened) = (session.location, session.source)
            compilation = try session.compile()
        } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
        let errors = compilation.diagnostics.errorCount
        if errors > 0 {
            Terminal.writeError("roadmap: the roadmap has \(errors) error\(errors == 1 ? "" : "s"); `roadmap check` shows them\n")
        }
        let shown: Compilation
        do throws(SiteSetupError) {
            shown = try session.shown(compilation, to: audience)
        } catch {
            Terminal.writeError("roadmap: error: \(error)\n")
            throw ExitCode(2)
        }
        let read = ExportInputs(location: location, source: opened)
        let roadmap = shown.roadmap
        let by = self.by ?? .quarter
        let text: String
        switch kind {
        case .ics: text = read.calendar(roadmap)
        case .mermaid: text = MermaidExport().render(roadmap)
        case .html, .pdf: text = HTMLSummary(grouping: by, revision: read.revision).render(roadmap)
        case .markdown:
            var changes: RoadmapDiff?
            if let since {
                do throws(SourceError) {
                    changes = try HistorySession.diff(location, from: since, to: read.commit)
                    if let view = shown.audience { changes = changes?.seen(through: view) }
                } catch {
                    Terminal.writeError("roadmap: error: --since \(since): \(error.message)\n")
                    throw ExitCode(2)
                }
            }
            text = MarkdownSummary(grouping: by, revision: read.revision, changes: changes).render(roadmap)
        }
        if kind == .pdf { return try printPDF(text, stamp: read.stamp) }
        guard let out else { return print(text, terminator: "") }
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic) } catch {
            Terminal.writeError("roadmap: error: cannot write \(out): \(error.localizedDescription)\n")
            throw ExitCode(2)
        }
    }

    private func printPDF(_ html: String, stamp: Int64) throws {
        guard let out else { throw ExitCode(2) }
        guard let chromium = ChromiumPDF.locate() else {
            Terminal.writeError("roadmap: error: \(ChromiumPDF.Failure.notInstalled)\n")
            throw ExitCode(2)
        }
        do throws(ChromiumPDF.Failure) {
            try chromium.print(html: html, to: URL(fileURLWithPath: out).standardizedFileURL.path, stamp: stamp)
        } catch {
            Terminal.writeError("roadmap: error: \(error)\n")
            throw ExitCode(2)
        }
    }
}
