import RoadmapCore

/// Where a key result (or an objective) is heading, from its forecast.
public enum OKRStatus: String, Hashable, Sendable, Comparable {
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case offTrack = "off-track"

    /// The status of a projected progress (a fraction of the way from baseline to target).
    public init(projectedProgress: Double, thresholds: OKRStatusThresholds) {
        self = projectedProgress >= thresholds.onTrack ? .onTrack : projectedProgress >= thresholds.atRisk ? .atRisk : .offTrack
    }

    /// An objective is as well as its worst key result that has a status; nil when none has one.
    public static func of(objective keyResults: [OKRStatus?]) -> OKRStatus? { keyResults.compactMap { $0 }.max() }

    /// `on track`, for text.
    public var label: String {
        switch self {
        case .onTrack: "on track"
        case .atRisk: "at risk"
        case .offTrack: "off track"
        }
    }

    private var rank: Int { self == .onTrack ? 0 : self == .atRisk ? 1 : 2 }
    public static func < (a: OKRStatus, b: OKRStatus) -> Bool { a.rank < b.rank }
}
