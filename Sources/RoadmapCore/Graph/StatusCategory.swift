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
