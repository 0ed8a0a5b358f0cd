import Foundation

/// Writes new files and never overwrites one: the commands that create files check first and
/// refuse as a whole, and the write itself fails rather than replace a file that appeared since.
public enum ScaffoldFiles {
    /// The root-relative paths among `paths` that already exist under `root` (as files, folders
    /// or links, even broken ones).
    public static func existing(_ paths: [String], in root: String) -> [String] {
        paths.filter { exists(root + "/" + $0) }
    }

    /// Writes every file under `root`, creating folders as needed. Refuses before writing
    /// anything when one of them exists.
    public static func createAll(_ files: [(path: String, contents: String)], in root: String) throws(ScaffoldError) {
        let conflicts = existing(files.map(\.path), in: root)
        guard conflicts.isEmpty else {
            throw ScaffoldError("these files exist already and are left alone: \(conflicts.joined(separator: ", "))")
        }
        for file in files { try create(file.path, file.contents, in: root) }
    }

    /// Writes one new file, creating its folders.
    public static func create(_ path: String, _ contents: String, in root: String) throws(ScaffoldError) {
        let url = URL(fileURLWithPath: root).appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw ScaffoldError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// True for anything at `path`, a dangling link included.
    public static func exists(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)) != nil
    }
}
