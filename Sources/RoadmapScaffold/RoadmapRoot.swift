import Foundation

/// Finds the roadmap a command run from a sub-folder belongs to.
public enum RoadmapRoot {
    /// The nearest folder at or above `directory` that holds a `roadmap.yml`; nil when none does.
    public static func nearest(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("roadmap.yml").path) { return url.path }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }
}
