import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapSources

/// The settings in a roadmap's `roadmap.yml` on disk, for commands that need only those
/// (`schema`, `hook install`): the compiler reads the one file, no PRD is parsed.
public enum RoadmapConfigFile {
    /// The defaults when the file is missing or cannot be read.
    public static func load(root: String) -> RoadmapConfig {
        guard let data = FileManager.default.contents(atPath: root + "/roadmap.yml") else { return RoadmapConfig() }
        let source = InMemorySource(label: "roadmap.yml", bytes: ["roadmap.yml": Array(data)])
        return (try? RoadmapCompiler(source: source).compile().roadmap.config) ?? RoadmapConfig()
    }
}
