import Foundation
import RoadmapCore

/// `roadmap check FILE`: the diagnostics that concern one file of the roadmap: its own, and those
/// it causes elsewhere (a note pointing into it, or a message naming an id it defines, such as
/// a dependency on a PRD it drops).
public struct FileFocus: Sendable {
    /// The file, relative to the roadmap root.
    public let path: String
    /// The PRD and objective ids the file defines.
    public private(set) var ids: Set<String>

    public init(path: String, roadmap: Roadmap) {
        self.path = path
        ids = Set(roadmap.features.filter { $0.path == path }.map(\.id.rawValue)
            + roadmap.objectives.filter { $0.path == path }.map(\.id.rawValue))
    }

    /// As `init(path:roadmap:)`; a file too broken to be in the roadmap still names its id in an
    /// `id:` line, and references to that id elsewhere are problems it causes.
    public init(path: String, compilation: Compilation) {
        self.init(path: path, roadmap: compilation.roadmap)
        if ids.isEmpty, let text = compilation.texts[path], let id = Self.declaredID(in: text) { ids = [id] }
    }

    /// The value of the first top-level `id:` line of the front matter, if it is a valid id.
    static func declaredID(in text: String) -> String? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(200).enumerated() {
            if index > 0, line.hasPrefix("---") { return nil }
            guard line.hasPrefix("id:") else { continue }
            let value = line.dropFirst(3).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return ItemID(value)?.rawValue
        }
        return nil
    }

    /// Whether the file belongs to the roadmap: `roadmap.yml`, or a Markdown file in the PRD or
    /// objective folder.
    public static func isRoadmapFile(_ path: String, config: RoadmapConfig) -> Bool {
        path == "roadmap.yml" || (path.hasSuffix(".md")
            && [config.prdsFolder, config.okrsFolder].contains { path.hasPrefix($0 + "/") })
    }

    public func concerns(_ diagnostic: Diagnostic) -> Bool {
        if diagnostic.location?.path == path { return true }
        if diagnostic.notes.contains(where: { $0.location?.path == path }) { return true }
        return ids.contains { id in
            diagnostic.message.contains("`\(id)`") || diagnostic.message.contains("`\(id)/")
        }
    }

    public func filter(_ diagnostics: [Diagnostic]) -> [Diagnostic] { diagnostics.filter(concerns) }
}
