import RoadmapCore

/// One commit that changed a key result's `current`, `confidence` or `note` (or added it), with
/// the values the key result had after that commit.
public struct KeyResultCheckIn: Hashable, Sendable {
    public var commit: CommitInfo
    public var value: Double?
    public var confidence: Double?
    public var note: String?

    public init(commit: CommitInfo, value: Double?, confidence: Double?, note: String?) {
        self.commit = commit
        self.value = value
        self.confidence = confidence
        self.note = note
    }

    /// The UTC day of the commit: the x of the forecast.
    public var day: CalendarDate { commit.day }
}
