import Foundation
import RoadmapTheme

/// Writes the built-in theme into a folder so a team can start its own theme from it. Files that
/// exist are never touched: exporting into a roadmap's `templates/`, which already holds the
/// team's `prd.md`, writes only what is missing.
public enum ThemeExport {
    public struct Outcome: Sendable, Equatable {
        /// Folder-relative paths written.
        public var written: [String] = []
        /// Folder-relative paths that existed and were left as they were.
        public var kept: [String] = []
    }

    /// Exports `files` (by default the embedded theme) into `folder`, creating it as needed.
    public static func export(
        to folder: String, files: [ThemeFile] = EmbeddedTheme.files
    ) throws(ScaffoldError) -> Outcome {
        var outcome = Outcome()
        for file in files {
            guard !ScaffoldFiles.exists(folder + "/" + file.path) else {
                outcome.kept.append(file.path)
                continue
            }
            let url = URL(fileURLWithPath: folder).appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url, options: .withoutOverwriting)
            } catch {
                throw ScaffoldError("cannot write \(url.path): \(error.localizedDescription)")
            }
            outcome.written.append(file.path)
        }
        return outcome
    }
}
