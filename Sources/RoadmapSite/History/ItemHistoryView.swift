import RoadmapHistory

/// The "History" section of a PRD or objective page: created, each status change, each slip,
/// shipped, last updated and contributors, all from git.
struct ItemHistoryView: ViewModel, Sendable {
    let createdDay: String?
    let createdBy: String?
    let createdCommit: String?
    let lastUpdated: String?
    let shippedDay: String?
    let slipCount: Int
    let contributors: [String]
    /// Status changes, moves of due / quarter / horizon, id changes and removals, oldest first.
    let events: [HistoryEntryView]

    /// Timelines longer than this show only their newest events; the rest stays in `roadmap log`.
    static let eventCap = 100

    init(_ item: ItemHistory) {
        let created = item.created
        createdDay = created?.day.description
        createdBy = created?.authorName
        createdCommit = created?.shortID
        lastUpdated = item.lastChanged?.day.description
        shippedDay = item.shipped?.day.description
        slipCount = item.slipCount
        contributors = item.contributors.map(\.name)
        var events: [HistoryEntryView] = []
        for entry in item.timeline {
            for event in entry.change.events where ItemHistoryView.isShown(event) {
                events.append(HistoryEntryView(entry: entry, event: event))
            }
        }
        self.events = Array(events.suffix(ItemHistoryView.eventCap))
    }

    /// The events a reader of the page cares about; body edits and the like stay out.
    static func isShown(_ event: HistoryEvent) -> Bool {
        switch event {
        case .statusChanged, .dueMoved, .quarterMoved, .horizonMoved, .idChanged, .removed: true
        case .created: false // shown once, as "Created"
        default: false
        }
    }

    func value(named name: String) -> Any? {
        switch name {
        case "createdDay": orAbsent(createdDay)
        case "createdBy": orAbsent(createdBy)
        case "createdCommit": orAbsent(createdCommit)
        case "lastUpdated": orAbsent(lastUpdated)
        case "shippedDay": orAbsent(shippedDay)
        case "slipCount": slipCount
        case "hasSlips": slipCount > 0
        case "contributors": contributors
        case "events": events
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(createdDay, createdBy, createdCommit, lastUpdated, shippedDay, slipCount)
        hasher.add(contributors, events)
    }
}
