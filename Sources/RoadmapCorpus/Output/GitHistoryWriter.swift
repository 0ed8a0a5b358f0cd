import Foundation

/// Turns a generator's history into a git repository with the `git` command line tool:
/// `git init`, the fast-import stream piped into `git fast-import`, then `git reset --hard`
/// so the working tree matches `HEAD`.
public struct GitHistoryWriter: Sendable {
    /// The branch the history is written to.
    public var branch: String

    /// Uses `git` from `PATH`.
    public init(branch: String = "main") { self.branch = branch }

    /// Creates the repository at `folder` (created if missing) and returns the stream's size in bytes.
    @discardableResult
    public func write(_ generator: CorpusGenerator, to folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try run(["init", "--quiet", "--initial-branch=\(branch)", folder.path])
        var streamed = 0
        try run(["-C", folder.path, "fast-import", "--quiet", "--done"]) { input in
            try generator.writeFastImport(branch: branch) { chunk in
                streamed += chunk.count
                try input.write(contentsOf: chunk)
            }
        }
        try run(["-C", folder.path, "reset", "--hard", "--quiet"])
        return streamed
    }

    /// Writes the demo roadmap's history as a repository at `folder`; returns the commit count.
    @discardableResult
    public func write(_ demo: DemoRoadmap, to folder: URL) throws -> Int {
        var stream = FastImportStream(branch: branch)
        let commits = demo.commits()
        for commit in commits { stream.append(commit) }
        stream.done()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try run(["init", "--quiet", "--initial-branch=\(branch)", folder.path])
        try run(["-C", folder.path, "fast-import", "--quiet", "--done"]) { input in
            try input.write(contentsOf: stream.buffer)
        }
        try run(["-C", folder.path, "reset", "--hard", "--quiet"])
        return commits.count
    }

    /// Runs `git` with `arguments`, feeding its stdin through `feed` when given; stderr goes to
    /// a temporary file so a chatty git can never block on a full pipe.
    private func run(_ arguments: [String], feed: ((FileHandle) throws -> Void)? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let errorURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("roadmap-corpus-git-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorURL) }
        let errorHandle = try FileHandle(forWritingTo: errorURL)
        process.standardError = errorHandle
        process.standardOutput = FileHandle.nullDevice
        let pipe = feed == nil ? nil : Pipe()
        process.standardInput = pipe ?? FileHandle.nullDevice
        // A git that dies mid-stream must surface as a write error, not kill this process.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        var feedError: Error?
        if let pipe, let feed {
            do { try feed(pipe.fileHandleForWriting) } catch { feedError = error }
            try? pipe.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        try? errorHandle.close()
        if process.terminationStatus != 0 {
            let output = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
            throw CorpusError.gitFailed(command: "git " + arguments.joined(separator: " "), status: process.terminationStatus,
                                        output: output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if let feedError { throw feedError }
    }
}
