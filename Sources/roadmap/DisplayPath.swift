import Foundation
import RoadmapCore

/// Paths as the user should see them: relative to the current folder when the roadmap is below
/// it, with `../` when beside it, absolute otherwise.
struct DisplayPath: Sendable {
    let rootFromHere: String

    init(root: String, currentDirectory: String = FileManager.default.currentDirectoryPath) {
        let here = (currentDirectory as NSString).resolvingSymlinksInPath
        rootFromHere = DisplayPath.relative(root, from: here)
    }

    /// An absolute path shown relative to the current folder when that is shorter.
    func showAbsolute(_ absolute: String) -> String {
        let here = (FileManager.default.currentDirectoryPath as NSString).resolvingSymlinksInPath
        let relative = DisplayPath.relative(absolute, from: here)
        return relative.count < absolute.count ? relative : absolute
    }

    func show(_ rootRelative: String) -> String {
        // A portfolio source's file (`payments:prds/x.md`) is in another repository: shown as named.
        if QualifiedName(rootRelative) != nil, !rootRelative.contains("/") || rootRelative.firstIndex(of: ":")! < rootRelative.firstIndex(of: "/")! {
            return rootRelative
        }
        return rootFromHere == "." ? rootRelative : rootFromHere + "/" + rootRelative
    }

    static func relative(_ target: String, from base: String) -> String {
        let t = target.split(separator: "/"), b = base.split(separator: "/")
        var common = 0
        while common < t.count, common < b.count, t[common] == b[common] { common += 1 }
        if common == 0 && !b.isEmpty { return target }
        let ups = Array(repeating: "..", count: b.count - common)
        let parts = ups + t[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
