import RoadmapCore

/// `roadmap check FILE`: the diagnostics that concern one file of the roadmap: its own, and those
/// it causes elsewhere (a note pointing into it, or a message naming an id it defines, such as
/// a dependency on a PRD it drops).
public struct FileFocus: Sendable {
    /// The file, relative to the roadmap root.
    public let path: String
    /// The PRD and objective ids the file defines.
    public let ids: Set<String>

    public init(path: String, roadmap: Roadmap) {
        self.path = path
        ids = Set(roadmap.features.filter { $0.path == path }.map(\.id.rawValue)
            + roadmap.objectives.filter { $0.path == path }.map(\.id.rawValue))
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
