import Foundation
import Testing

/// A throw-away git repository (or plain folder) with its own HOME, driven through the real
/// `git` and `roadmap` commands. Deleted when the test is done.
final class Workspace {
    let base: String
    /// The repository's working tree.
    let root: String
    let home: String

    init(git isRepository: Bool = true, userName: String? = "Ada Lovelace") throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-cli-\(UUID().uuidString)")
        base = url.resolvingSymlinksInPath().path
        root = base + "/repo"
        home = base + "/home"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        if isRepository {
            try self.git("init", "-q", "-b", "main")
            try self.git("config", "user.email", "ada@example.com")
            if let userName { try self.git("config", "user.name", userName) }
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: base) }

    func path(_ relative: String) -> String { relative.isEmpty ? root : root + "/" + relative }

    /// Runs `roadmap` in `folder` (relative to the repository root).
    @discardableResult
    func roadmap(_ arguments: String..., in folder: String = "", env: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(try CLI.binary(), arguments, in: path(folder), environment: CLI.environment(home: home, extra: env))
    }

    /// Runs git and returns what it printed; a failure is returned, not thrown.
    @discardableResult
    func gitResult(_ arguments: String..., env: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run("git", arguments, in: root, environment: CLI.environment(home: home, extra: env))
    }

    /// Runs git and throws when it fails.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let result = try CLI.run("git", arguments, in: root, environment: CLI.environment(home: home))
        guard result.status == 0 else { throw Failure(description: "git \(arguments.joined(separator: " ")): \(result)") }
        return result.stdout
    }

    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path(relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative)) }

    /// Every file under `folder`, relative to it, sorted.
    func files(under folder: String = "") -> [String] {
        let start = path(folder)
        let enumerator = FileManager.default.enumerator(atPath: start)
        var found: [String] = []
        while let item = enumerator?.nextObject() as? String {
            if item == ".git" || item.hasPrefix(".git/") { enumerator?.skipDescendants(); continue }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: start + "/" + item, isDirectory: &isFolder), !isFolder.boolValue { found.append(item) }
        }
        return found.sorted()
    }

    struct Failure: Error, CustomStringConvertible { var description: String }
}

/// The quarter of today on this machine, as `roadmap new` writes it.
func currentQuarter() -> String {
    let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
    return "\(parts.year ?? 0)-Q\(((parts.month ?? 1) - 1) / 3 + 1)"
}
