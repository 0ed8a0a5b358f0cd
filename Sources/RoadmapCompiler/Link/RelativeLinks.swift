import Foundation
import RoadmapCore

/// Links in bodies that point at other files of the roadmap must point at files that exist.
enum RelativeLinks {
    static func check(_ roadmap: Roadmap, fileExists: @Sendable (String) -> Bool) -> [Diagnostic] {
        let features = roadmap.features, objectives = roadmap.objectives
        return ParallelMap.map(Array(0..<(features.count + objectives.count))) { i in
            i < features.count ? check(features[i].path, features[i].body, fileExists: fileExists)
                : check(objectives[i - features.count].path, objectives[i - features.count].body, fileExists: fileExists)
        }.flatMap { $0 }
    }

    static func check(_ path: String, _ body: Body, fileExists: (String) -> Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        do {
            let folder = FileName.folder(path)
            for link in body.relativeLinks {
                guard let target = target(of: link.destination, from: folder), !target.isEmpty else { continue }
                guard !fileExists(target) else { continue }
                diagnostics.append(Diagnostic(
                    .brokenRelativeLink, "the link to `\(link.destination)` points at \(target), which does not exist",
                    at: SourceLocation(path: path, line: link.line, column: link.column, length: link.destination.count),
                    help: "correct the path (it is relative to this file's folder), or link to the page's URL"))
            }
        }
        return diagnostics
    }

    /// The root-relative path a link names, without fragment or query; nil when it leaves the root.
    static func target(of destination: String, from folder: String) -> String? {
        // Byte-level: `#` and `?` are ASCII, and searching Characters runs grapheme breaking.
        let utf8 = destination.utf8
        let end = utf8.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? utf8.endIndex
        let path = Substring(utf8[..<end])
        let decoded = path.utf8.contains(UInt8(ascii: "%")) ? (path.removingPercentEncoding ?? String(path)) : String(path)
        return FileName.resolve(decoded, from: folder)
    }
}
