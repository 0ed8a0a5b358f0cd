import Foundation

/// Writes generated files into a folder.
public enum CorpusWriter {
    /// True when `folder` does not exist or holds nothing (hidden files count as something).
    public static func isEmptyOrMissing(_ folder: URL) -> Bool {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return true }
        return entries.isEmpty
    }

    /// Removes what an earlier generation left in `folder` (`roadmap.yml`, `okrs/`, `prds/`, and
    /// with `includingGit` the `.git` folder), so a forced run does not mix two corpora.
    public static func clearGenerated(in folder: URL, includingGit: Bool) throws {
        let manager = FileManager.default
        for name in ["roadmap.yml", "okrs", "prds"] + (includingGit ? [".git"] : []) {
            let url = folder.appendingPathComponent(name)
            if manager.fileExists(atPath: url.path) { try manager.removeItem(at: url) }
        }
    }

    /// Writes each file under `folder`, creating folders as needed. Returns the bytes written.
    @discardableResult
    public static func write(_ files: [(path: String, contents: String)], to folder: URL) throws -> Int {
        let manager = FileManager.default
        var created: Set<String> = []
        var total = 0
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            let parent = url.deletingLastPathComponent()
            if created.insert(parent.path).inserted {
                try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            }
            let data = Data(file.contents.utf8)
            try data.write(to: url)
            total += data.count
        }
        return total
    }
}
