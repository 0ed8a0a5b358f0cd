import RoadmapCore

/// Reads only `roadmap.yml`, for tools that need the settings without compiling the roadmap
/// (history mining, diffs).
public enum ConfigLoader {
    /// The settings of the roadmap in `source`, with the problems of its `roadmap.yml`; all
    /// defaults when there is none.
    public static func load(from source: any RoadmapSource) throws(SourceError) -> (RoadmapConfig, [Diagnostic]) {
        guard let entry = try source.entry(at: ConfigReader.path), case .file = entry.kind else { return ConfigReader.read(nil) }
        return ConfigReader.read(try source.contents(of: entry))
    }
}
