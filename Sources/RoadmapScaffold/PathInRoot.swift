import Foundation

/// Turns a path the user typed into one relative to the roadmap root.
public enum PathInRoot {
    /// `path` (absolute, or relative to `currentDirectory`) relative to `root` (absolute, links
    /// resolved): "" for the root itself, nil when the path lies outside it. The part of the path
    /// that exists has its links resolved, the rest (folders to be created) is taken as written.
    public static func relative(_ path: String, currentDirectory: String, root: String) -> String? {
        let absolute = path.hasPrefix("/") ? path : currentDirectory + "/" + path
        var parts: [String] = []
        for part in absolute.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(part))
            }
        }
        // Resolve links in the longest prefix that exists, as the root was resolved.
        var existing = parts.count
        while existing > 0, !FileManager.default.fileExists(atPath: "/" + parts.prefix(existing).joined(separator: "/")) {
            existing -= 1
        }
        let resolved = URL(fileURLWithPath: "/" + parts.prefix(existing).joined(separator: "/")).resolvingSymlinksInPath().path
        let full = ([resolved == "/" ? "" : resolved] + parts.dropFirst(existing)).joined(separator: "/")
        let base = root.hasSuffix("/") ? String(root.dropLast()) : root
        if full == base { return "" }
        guard full.hasPrefix(base + "/") else { return nil }
        return String(full.dropFirst(base.count + 1))
    }
}
