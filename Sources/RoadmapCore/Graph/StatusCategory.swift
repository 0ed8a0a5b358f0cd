/// Where a status sits in the workflow, which is what colours it on the site and in graphs:
/// the first done status is `done`, the other done statuses `closed`, active ones `active`, the
/// rest of the workflow `early`, and a status outside the workflow `unknown`.
public enum StatusCategory: String, Sendable, CaseIterable {
    case early, active, done, closed, unknown

    public init(status: String, config: RoadmapConfig) {
        if let done = config.doneStatuses.first, status == done {
            self = .done
        } else if config.doneStatuses.contains(status) {
            self = .closed
        } else if config.activeStatuses.contains(status) {
            self = .active
        } else if config.statuses.contains(status) {
            self = .early
        } else {
            self = .unknown
        }
    }

    /// Done or closed: work that waits on it is not held up.
    public var isFinished: Bool { self == .done || self == .closed }
}

extension StatusCategory {
    /// Fill and text colours: the site's light-theme status colours, so a drawing made outside the
    /// site (a standalone SVG, a Mermaid diagram) looks like the site; the site's CSS restyles them by
    /// class (dark theme).
    public var lightColours: (fill: String, text: String) {
        switch self {
        case .early: ("#ede9fe", "#4c1d95")
        case .active: ("#dbeafe", "#1e3a8a")
        case .done: ("#dcfce7", "#14532d")
        case .closed: ("#e5e7eb", "#374151")
        case .unknown: ("#fee2e2", "#7f1d1d")
        }
    }
}
