import Foundation
import RoadmapSources

/// A throw-away folder, optionally a git repository, driven with the real `git` CLI. The folder
/// is deleted when the fixture goes away.
final class GitFixture {
    struct CommandFailed: Error, CustomStringConvertible {
        var description: String
    }

    /// Absolute, with links resolved, as `RoadmapLocation` reports roots.
    let root: String

    init(git: Bool = true) throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-sources-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        root = base.resolvingSymlinksInPath().path
        if git { try self.git("init", "-q", "-b", "main") }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Ends discovery at the fixture's parent so no repository around the temporary folder leaks in.
    var ceiling: [String] { [(root as NSString).deletingLastPathComponent] }

    func path(_ relative: String) -> String { root + "/" + relative }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path(relative))
        let folder = url.deletingLastPathComponent().path
        // Creating the same folders again for each of 10,000 files costs seconds.
        if !createdFolders.contains(folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            createdFolders.insert(folder)
        }
        try Data(bytes).write(to: url)
    }

    private var createdFolders: Set<String> = []

    func symlink(_ relative: String, to target: String) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    func delete(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: path(relative))
    }

    /// Runs git in the fixture with a fixed identity and clock, isolated from the user's config.
    @discardableResult
    func git(_ arguments: String..., in folder: String? = nil, date: String = "@1772359200 +0200") throws -> String {
        try run(["git", "-c", "user.name=Fixture", "-c", "user.email=fixture@example.com"] + arguments,
                in: folder ?? root, date: date, isolated: true)
    }

    /// Runs `git <arguments>` with `input` on its standard input (for `fast-import`).
    func feed(_ input: String, to arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        let pipe = Pipe()
        process.standardInput = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        pipe.fileHandleForWriting.write(Data(input.utf8))
        try pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CommandFailed(description: "git \(arguments.joined(separator: " ")) failed") }
    }

    /// Runs git with the user's own configuration, to compare against what git itself reads.
    func plainGit(_ arguments: String...) throws -> String {
        try run(["git"] + arguments, in: root, date: "@1772359200 +0200", isolated: false)
    }

    /// Stages everything and commits; returns the new commit id.
    @discardableResult
    func commitAll(_ message: String, date: String = "@1772359200 +0200") throws -> String {
        try git("add", "-A", date: date)
        try git("commit", "-q", "--allow-empty", "-m", message, date: date)
        return try git("rev-parse", "HEAD")
    }

    private func run(_ arguments: [String], in folder: String, date: String, isolated: Bool) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        if isolated {
            environment["GIT_CONFIG_NOSYSTEM"] = "1"
            environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        }
        environment["GIT_AUTHOR_DATE"] = date
        environment["GIT_COMMITTER_DATE"] = date
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailed(description: "\(arguments.joined(separator: " ")): \(String(decoding: err, as: UTF8.self))")
        }
        return String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func location(_ path: String = ".") throws -> RoadmapLocation {
        try RoadmapLocation.resolve(path, currentDirectory: root, ceilingDirectories: ceiling)
    }

    func repository() throws -> GitRepository {
        guard let repository = try GitRepository.discover(containing: root, ceilingDirectories: ceiling) else {
            throw CommandFailed(description: "no repository at \(root)")
        }
        return repository
    }
}

/// Paths of a listing, for exact comparisons.
func paths(_ entries: [SourceEntry]) -> [String] { entries.map(\.path) }

/// The text of every file entry, keyed by path.
func texts(_ source: some RoadmapSource, under folder: String = "") throws -> [String: String] {
    var result: [String: String] = [:]
    for entry in try source.entries(under: folder) where entry.kind == .file {
        result[entry.path] = String(decoding: try source.contents(of: entry), as: UTF8.self)
    }
    return result
}
