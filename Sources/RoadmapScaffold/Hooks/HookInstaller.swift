import Foundation

/// Installs and removes the pre-commit hook in a hooks folder, never touching a hook it did not
/// write unless told to, and then keeping that hook as a backup.
public struct HookInstaller: Sendable {
    /// The folder git runs hooks from.
    public let hooksDirectory: String

    /// An installer for `hooksDirectory` (see `HooksDirectory.resolve`).
    public init(hooksDirectory: String) { self.hooksDirectory = hooksDirectory }

    /// The hook file git runs before a commit.
    public var hookPath: String { hooksDirectory + "/pre-commit" }
    /// Where a replaced foreign hook is kept, and restored from on uninstall.
    public var backupPath: String { hookPath + ".roadmap-backup" }

    /// What `install` did.
    public enum Installed: Sendable, Hashable {
        case created
        /// Our own earlier hook was brought up to date.
        case updated
        /// A hook we did not write was moved to the backup path (with `force`).
        case replaced(backup: String)
    }

    /// What `uninstall` did.
    public enum Uninstalled: Sendable, Hashable {
        case removed
        /// Our hook was removed and the hook it had replaced put back.
        case restored
        case nothingInstalled
    }

    /// Writes `script` as the pre-commit hook, executable. A hook that is not ours is refused
    /// unless `force`, and then kept as the backup (refused if a backup exists already).
    public func install(script: String, force: Bool) throws(ScaffoldError) -> Installed {
        var outcome = Installed.created
        if let current = read(hookPath) {
            if PreCommitHook.isOurs(current) {
                outcome = .updated
            } else {
                guard force else {
                    throw ScaffoldError("\(hookPath) exists and was not written by roadmap; it is left alone. Run `roadmap hook install --force` to replace it (it is kept as \(backupPath)), or call `roadmap check --staged` from it yourself")
                }
                guard !ScaffoldFiles.exists(backupPath) else {
                    throw ScaffoldError("\(backupPath) exists already; move it away before replacing \(hookPath)")
                }
                try attempt("keep \(hookPath) as \(backupPath)") { try FileManager.default.moveItem(atPath: hookPath, toPath: backupPath) }
                outcome = .replaced(backup: backupPath)
            }
        } else if ScaffoldFiles.exists(hookPath) {
            throw ScaffoldError("\(hookPath) exists but cannot be read as a script; it is left alone")
        }
        try attempt("write \(hookPath)") {
            try FileManager.default.createDirectory(atPath: hooksDirectory, withIntermediateDirectories: true)
            try Data(script.utf8).write(to: URL(fileURLWithPath: hookPath), options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hookPath)
        }
        return outcome
    }

    /// Removes our hook, restoring the backup when there is one. A hook we did not write is refused.
    public func uninstall() throws(ScaffoldError) -> Uninstalled {
        guard ScaffoldFiles.exists(hookPath) else { return .nothingInstalled }
        guard let current = read(hookPath), PreCommitHook.isOurs(current) else {
            throw ScaffoldError("\(hookPath) was not written by roadmap; it is left alone")
        }
        try attempt("remove \(hookPath)") { try FileManager.default.removeItem(atPath: hookPath) }
        guard ScaffoldFiles.exists(backupPath) else { return .removed }
        try attempt("restore \(backupPath)") { try FileManager.default.moveItem(atPath: backupPath, toPath: hookPath) }
        return .restored
    }

    private func read(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    private func attempt(_ what: String, _ body: () throws -> Void) throws(ScaffoldError) {
        do { try body() } catch { throw ScaffoldError("cannot \(what): \(error.localizedDescription)") }
    }
}
