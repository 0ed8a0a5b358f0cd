import Foundation
import Testing

/// Runs the built `roadmap` executable (and git) as a user would, in an environment cut off from
/// the machine's own git configuration.
enum CLI {
    struct Result: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var description: String { "exit \(status)\nstdout:\n\(stdout)\nstderr:\n\(stderr)" }
    }

    /// The folder holding the `roadmap` executable SwiftPM built next to the test bundle.
    static let binDirectory: String? = {
        var candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        candidates += Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map { $0.bundleURL.deletingLastPathComponent() }
        if let override = ProcessInfo.processInfo.environment["ROADMAP_BIN_DIR"] { candidates.insert(URL(fileURLWithPath: override), at: 0) }
        return candidates.map(\.path).first { FileManager.default.isExecutableFile(atPath: $0 + "/roadmap") }
    }()

    static func binary() throws -> String {
        try #require(binDirectory, "the roadmap executable is not built next to the tests (swift build --build-tests builds it)") + "/roadmap"
    }

    /// The environment every process gets: no global or system git config, HOME in `home`,
    /// no colour, and the built `roadmap` first on PATH.
    static func environment(home: String, extra: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = home
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_CONFIG_GLOBAL"] = home + "/.gitconfig"
        env["NO_COLOR"] = "1"
        env["GIT_AUTHOR_DATE"] = "@1772359200 +0200"
        env["GIT_COMMITTER_DATE"] = "@1772359200 +0200"
        env["PATH"] = (binDirectory.map { $0 + ":" } ?? "") + (env["PATH"] ?? "/usr/bin:/bin")
        for key in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "ROADMAP", "COLUMNS"] { env[key] = nil }
        for (key, value) in extra { env[key] = value }
        return env
    }

    /// The built `roadmap` with `arguments`, in `directory`, with the tests' environment; its
    /// standard streams are the caller's to set before it is run.
    static func roadmapProcess(_ arguments: [String], in directory: String, home: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binary())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment(home: home)
        return process
    }

    static func run(_ executable: String, _ arguments: [String], in directory: String, environment: [String: String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errors = PipeReader(err.fileHandleForReading)
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
                      stderr: String(decoding: errors.wait(), as: UTF8.self))
    }
}

/// Reads a pipe to its end on its own thread, so neither pipe of a process fills up.
final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
