import RoadmapCompiler
import RoadmapCore
import RoadmapHistory
import RoadmapHistoryMiner
import RoadmapSources

/// What the history commands share: find the roadmap, read its settings as of a revision, and
/// mine its history with the cache in `.git/roadmap/` (unless told not to).
public enum HistorySession {
    /// The settings of `roadmap.yml` as committed at `revision`; defaults in a repository without commits.
    public static func config(at location: RoadmapLocation, revision: String) throws(SourceError) -> RoadmapConfig {
        guard location.repository?.headCommitID != nil else { return RoadmapConfig() }
        return try ConfigLoader.load(from: try location.commit(revision)).0
    }

    public static func mine(_ location: RoadmapLocation, revision: String = "HEAD", config: RoadmapConfig,
                     noCache: Bool) throws(SourceError) -> MinedHistory {
        let cache = noCache ? nil : HistoryMiner.defaultCacheFile(for: location)
        return try HistoryMiner(location: location, config: config, cacheFile: cache).mine(revision: revision)
    }

    /// Titles and key-result units of the roadmap at `revision`, to describe changes with; empty
    /// when the roadmap cannot be read there (changes are then named by id, numbers shown bare).
    public static func words(at location: RoadmapLocation, revision: String) -> ChangeText {
        guard location.repository?.headCommitID != nil,
              let source = try? location.commit(revision),
              let compilation = try? RoadmapCompiler(source: source).compile() else { return ChangeText() }
        return ChangeText(roadmap: compilation.roadmap)
    }

    /// Parses `YYYY-MM-DD` for an option, or explains the expected form.
    public static func day(_ text: String?, option: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let day = CalendarDate(iso: text) else {
            throw ValidationFailure("--\(option) expects a date written YYYY-MM-DD, not '\(text)'")
        }
        return day
    }
}

/// A bad option value found after parsing (exit 2).
public struct ValidationFailure: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
