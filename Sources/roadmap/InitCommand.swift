import ArgumentParser
import Foundation
import RoadmapScaffold
import RoadmapSources

/// `roadmap init`: a new roadmap that checks clean, with templates for `roadmap new`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a roadmap: roadmap.yml, templates, an example objective and PRD.",
        discussion: """
            Writes roadmap.yml (every setting, commented), templates/prd.md and templates/objective.md \
            (used by `roadmap new`), okrs/first-week-success.md and prds/guided-first-run.md, and adds \
            _site/ to .gitignore. Never overwrites a file: if any of them exists, nothing is written.
            """)

    @Argument(help: ArgumentHelp("The folder for the new roadmap (created if missing; default: the current folder).", valueName: "path"),
              completion: .directory)
    var path: String?

    @Option(name: .customShort("C"), help: ArgumentHelp("Same as PATH, as an option.", valueName: "path"), completion: .directory)
    var option: String?

    private var directory: String { path ?? option ?? "." }

    func validate() throws {
        if let path, let option, path != option { throw ValidationError("name the folder once: PATH or -C PATH") }
    }

    func run() throws {
        let root = URL(fileURLWithPath: directory, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL.path
        let repository = (try? GitRepository.discover(containing: Self.nearestExisting(root))) ?? nil
        let owner = OwnerName.resolve(gitUserName: GitConfig.userName(for: repository), environment: ProcessInfo.processInfo.environment)
        let files = InitFiles.files(today: Today.date(), owner: owner)
        let conflicts = ScaffoldFiles.existing(files.map(\.path), in: root)
        guard conflicts.isEmpty else {
            Terminal.writeError("roadmap: error: \(directory) already has \(conflicts.joined(separator: ", ")); nothing was written\n")
            throw ExitCode(2)
        }
        let gitignorePath = root + "/.gitignore"
        let oldIgnore = FileManager.default.contents(atPath: gitignorePath).map { String(decoding: $0, as: UTF8.self) }
        do throws(ScaffoldError) {
            try ScaffoldFiles.createAll(files, in: root)
        } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
        var created = files.map(\.path)
        if let newIgnore = GitignoreEntry.updated(oldIgnore) {
            try Data(newIgnore.utf8).write(to: URL(fileURLWithPath: gitignorePath))
            created.append(oldIgnore == nil ? ".gitignore" : ".gitignore (added \(GitignoreEntry.line))")
        }
        print("created a roadmap in \(directory):")
        for path in created { print("  \(path)") }
        print("\nnext steps:")
        let shown = directory == "." ? "" : " \(directory)"
        var steps = [
            ("roadmap check\(shown)", "the examples pass"),
            ((directory == "." ? "" : "cd \(directory) && ") + "roadmap new prd \"Your first PRD\"", "a PRD from templates/prd.md"),
            ("roadmap hook install\(shown)", "check the roadmap before every commit"),
        ]
        if repository == nil { steps.insert(("git init\(shown)", "roadmap reads PRDs from git"), at: 0) }
        let width = steps.map(\.0.count).max() ?? 0
        for (command, why) in steps {
            print("  " + command + String(repeating: " ", count: width - command.count) + "   # " + why)
        }
    }

    private static func nearestExisting(_ path: String) -> String {
        var url = URL(fileURLWithPath: path)
        while !FileManager.default.fileExists(atPath: url.path), url.path != "/" { url.deleteLastPathComponent() }
        return url.path
    }
}
