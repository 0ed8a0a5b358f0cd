import RoadmapCore

/// The commit behind a change: who, when, and what it said.
public struct CommitInfo: Hashable, Sendable {
    /// Full lowercase hex id.
    public var id: String
    public var authorName: String
    public var authorEmail: String
    /// Committer time, seconds since 1970-01-01 UTC: when the change entered this history.
    public var time: Int64
    /// The committer's offset from UTC in minutes, as recorded.
    public var offsetMinutes: Int
    /// The first line of the message.
    public var summary: String
    public var isMerge: Bool

    /// A commit's facts.
    public init(id: String, authorName: String, authorEmail: String, time: Int64, offsetMinutes: Int,
                summary: String, isMerge: Bool) {
        self.id = id
        self.authorName = authorName
        self.authorEmail = authorEmail
        self.time = time
        self.offsetMinutes = offsetMinutes
        self.summary = summary
        self.isMerge = isMerge
    }

    /// The first seven digits of the id, as git shows it.
    public var shortID: String { String(id.prefix(7)) }

    /// The day of the commit in UTC. Every date the history shows or compares (`--since`,
    /// `--until`, `--at`, stale checks, months and quarters of changes) is a UTC day, so the
    /// answer never depends on where the machine or the committer is.
    public var day: CalendarDate { HistoryTime.day(time) }

    /// RFC 3339 time in the committer's zone, like `2026-03-01T10:00:00+02:00`: Atom's format.
    public var timestamp: String { HistoryTime.rfc3339(time, offsetMinutes: offsetMinutes) }
}
