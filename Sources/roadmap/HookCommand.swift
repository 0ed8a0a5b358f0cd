import ArgumentParser
import Foundation
import RoadmapDriver
import RoadmapScaffold
import RoadmapSources

/// `roadmap hook`: the git pre-commit hook that runs `roadmap check --staged`.
struct HookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook",
        abstract: "Install or remove the git pre-commit hook that checks the staged roadmap.",
        subcommands: [HookInstallCommand.self, HookUninstallCommand.self])
}

/// The repository and hooks folder a hook command works on.
struct HookTarget {
    let location: RoadmapLocation
    let repository: GitRepository
    let installer: HookInstaller

    /// The roadmap named (default: the one around the current folder) and its repository's
    /// hooks folder, honouring `core.hooksPath`.
    static func resolve(_ folder: RoadmapFolderOption) throws -> HookTarget {
        do throws(SourceError) {
            let location = try folder.find().location
            guard let repository = location.repository, let workdir = repository.workdir else {
                throw SourceError("\(location.root) is not in a git repository with a working tree; run `git init` first")
            }
            let hooks = HooksDirectory.resolve(
                configured: GitConfig.string("core.hooksPath", for: repository), workdir: workdir,
                commonDirectory: repository.commonDirectory, home: ProcessInfo.processInfo.environment["HOME"])
            return HookTarget(location: location, repository: repository, installer: HookInstaller(hooksDirectory: hooks))
        } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
    }
}

struct HookInstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Write a pre-commit hook that runs `roadmap check --staged` when a commit touches the roadmap.",
        discussion: """
            The hook goes to core.hooksPath when set, else .git/hooks. A pre-commit hook that roadmap did \
            not write is left alone unless --force, which keeps it as pre-commit.roadmap-backup. Commits \
            that touch neither roadmap.yml nor the PRD and objective folders are not checked.
            """)

    @OptionGroup var folder: RoadmapFolderOption

    @Flag(help: "Replace a pre-commit hook roadmap did not write, keeping it as a backup.")
    var force = false

    func run() throws {
        let target = try HookTarget.resolve(folder)
        let prefix = target.location.pathInRepository
        let config = RoadmapConfigFile.load(root: target.location.root)
        let watched = ["roadmap.yml", config.prdsFolder, config.okrsFolder].map { prefix.isEmpty ? $0 : prefix + "/" + $0 }
        let script = PreCommitHook.script(roadmapPath: prefix, watchedPaths: watched, installedBy: Self.runningBinary())
        do throws(ScaffoldError) {
            let hook = target.installer.hookPath
            switch try target.installer.install(script: script, force: force) {
            case .created: print("installed \(hook)")
            case .updated: print("updated \(hook)")
            case .replaced(let backup): print("installed \(hook); the hook it replaces is kept as \(backup) and no longer runs")
            }
            print("commits touching \(watched.joined(separator: ", ")) now run `roadmap check --staged \(prefix.isEmpty ? "." : prefix)`")
            if !Self.roadmapIsOnPath(), let binary = Self.runningBinary() {
                print("roadmap is not on your PATH: the hook runs \(binary) until it is (or until that file is gone)")
            }
        } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
    }
}

extension HookInstallCommand {
    /// The absolute path of this process's executable, symbolic links resolved, for the hook to
    /// fall back on; nil when the system cannot say.
    static func roadmapIsOnPath() -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/roadmap") }
    }

    static func runningBinary() -> String? {
        let candidates = ["/proc/self/exe", Bundle.main.executablePath ?? ""]
        for candidate in candidates where !candidate.isEmpty {
            let resolved = URL(fileURLWithPath: candidate).resolvingSymlinksInPath().path
            if resolved.hasPrefix("/"), resolved != "/proc/self/exe", FileManager.default.isExecutableFile(atPath: resolved) {
                return resolved
            }
        }
        return nil
    }
}

struct HookUninstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uninstall",
        abstract: "Remove the pre-commit hook roadmap installed (restoring the hook it replaced).")

    @OptionGroup var folder: RoadmapFolderOption

    func run() throws {
        let target = try HookTarget.resolve(folder)
        let hook = target.installer.hookPath
        do throws(ScaffoldError) {
            switch try target.installer.uninstall() {
            case .removed: print("removed \(hook)")
            case .restored: print("removed roadmap's hook and put back the one it had replaced at \(hook)")
            case .nothingInstalled: print("no pre-commit hook at \(hook); nothing to remove")
            }
        } catch {
            Terminal.writeError("roadmap: error: \(error.message)\n")
            throw ExitCode(2)
        }
    }
}
