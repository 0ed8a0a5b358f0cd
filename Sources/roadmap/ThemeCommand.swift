import ArgumentParser
import Foundation
import RoadmapScaffold

/// `roadmap theme`: the built-in theme, as files to start a theme of one's own from.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the site's theme (the built-in templates and assets).",
        subcommands: [ThemeExportCommand.self])
}

struct ThemeExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the built-in theme into a folder, to start a theme of your own.",
        discussion: """
            Writes every file of the default theme: the Mustache templates, assets/ (CSS, JavaScript), \
            prd.md and objective.md (what `roadmap new` starts from) and README.md (the values templates \
            can use). A file that exists is never overwritten: it is kept and listed.

            Use the result in one of two ways:
              roadmap theme export my-roadmap/templates   # the roadmap's own templates/ override the built-in theme file by file
              roadmap theme export ~/themes/acme          # a whole theme: ROADMAP_TEMPLATES=~/themes/acme roadmap build
            Keep only the files you change in a roadmap's templates/, so the rest follows upgrades of roadmap.
            """)

    @Argument(help: "The folder to write the theme into (created if missing).", completion: .directory)
    var directory: String = "theme"

    func run() throws {
        let folder = URL(fileURLWithPath: directory, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL.path
        let outcome: ThemeExport.Outcome
        do throws(ScaffoldError) {
            outcome = try ThemeExport.export(to: folder)
        } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
        let shown = directory.hasSuffix("/") ? directory : directory + "/"
        if outcome.written.isEmpty {
            print("nothing written: \(shown) already has every file of the built-in theme (\(outcome.kept.count) files)")
            return
        }
        print("wrote \(outcome.written.count) file\(outcome.written.count == 1 ? "" : "s") of the built-in theme to \(shown)")
        if !outcome.kept.isEmpty {
            print("kept \(outcome.kept.count) existing file\(outcome.kept.count == 1 ? "" : "s") as \(outcome.kept.count == 1 ? "it was" : "they were"): \(outcome.kept.joined(separator: ", "))")
        }
    }
}
