/// The workflow of `roadmap.yml`, in order.
enum Status: Int, CaseIterable, Sendable {
    case idea, discovery, planned, inProgress, shipped, dropped

    var name: String {
        switch self {
        case .idea: "idea"
        case .discovery: "discovery"
        case .planned: "planned"
        case .inProgress: "in-progress"
        case .shipped: "shipped"
        case .dropped: "dropped"
        }
    }

    var isDone: Bool { self == .shipped || self == .dropped }

    /// The next step of the workflow; done statuses have none.
    var next: Status? {
        switch self {
        case .idea: .discovery
        case .discovery: .planned
        case .planned: .inProgress
        case .inProgress: .shipped
        case .shipped, .dropped: nil
        }
    }
}
