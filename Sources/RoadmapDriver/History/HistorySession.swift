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

    /// What changed in the roadmap between two revisions, either of which may be a day
    /// (`YYYY-MM-DD`): the older one names the last commit before that day began ("since April 1"
    /// compares with the roadmap of March 31), the newer one the last commit before it ended. The
    /// settings are read as of the newer revision.
    public static func diff(_ location: RoadmapLocation, from old: String, to new: String) throws(SourceError) -> RoadmapDiff {
        var (old, new) = (old, new)
        if let day = CalendarDate(iso: old) { old = try location.commit(onOrBefore: dayBefore(day)).commitID }
        if let day = CalendarDate(iso: new) { new = try location.commit(onOrBefore: day).commitID }
        return try RoadmapDiffer(location: location, config: config(at: location, revision: new)).diff(from: old, to: new)
    }

    static func dayBefore(_ day: CalendarDate) -> CalendarDate {
        if day.day > 1 { return CalendarDate(year: day.year, month: day.month, day: day.day - 1) ?? day }
        let (year, month) = day.month > 1 ? (day.year, day.month - 1) : (day.year - 1, 12)
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)) ?? day
    }

    /// Titles and key-result units of the roadmap at `revision`, to describe changes with; empty
    /// when the roadmap cannot be read there (changes are then named by id, numbers shown bare).
    /// With `cached`, files are analysed with `check`'s cache (keyed by blob id, so a commit
    /// shares it with the working tree): a warm `roadmap log` reads no file of the roadmap.
    public static func words(at location: RoadmapLocation, revision: String, cached: Bool = true) -> ChangeText {
        guard location.repository?.headCommitID != nil,
              let source = try? location.commit(revision),
              let compilation = try? RoadmapCompiler(source: source, cache: cached ? AnalysisCache.forRoadmap(at: location) : nil).compile()
        else { return ChangeText() }
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
