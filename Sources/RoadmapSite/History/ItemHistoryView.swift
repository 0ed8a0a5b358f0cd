import RoadmapHistory

/// The "History" section of a PRD or objective page: created, shipped, last updated,
/// contributors, and a line per commit that changed what a reader follows (a PRD's status,
/// dates, moves and ids; an objective's period and key results), all from git.
struct ItemHistoryView: ViewModel, Sendable {
    let createdDay: String?
    let createdBy: String?
    let createdCommit: String?
    let lastUpdated: String?
    let shippedDay: String?
    let slipCount: Int
    let contributors: [String]
    /// One per commit with a shown event, oldest first.
    let events: [HistoryEntryView]
    /// Slips among the shown commits: a commit that moved quarter and due counts once.
    let shownSlips: Int

    /// Timelines longer than this show only their newest events; the rest stays in `roadmap log`.
    static let eventCap = 100

    init(_ item: ItemHistory, words: ChangeText = ChangeText()) {
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
            let shown = entry.change.events.filter { ItemHistoryView.isShown($0, objective: entry.change.kind == .objective) }
            if !shown.isEmpty { events.append(HistoryEntryView(entry: entry, events: shown, words: words)) }
        }
        self.events = Array(events.suffix(ItemHistoryView.eventCap))
        shownSlips = events.count { $0.slip }
    }

    /// The events a reader of the page cares about; body edits and the like stay out.
    static func isShown(_ event: HistoryEvent, objective: Bool) -> Bool {
        switch event {
        case .statusChanged, .dueMoved, .quarterMoved, .horizonMoved, .idChanged, .moved, .removed: true
        case .keyResultAdded, .keyResultRemoved, .keyResultRetargeted, .keyResultProgressed, .keyResultConfidenceChanged,
             .keyResultNoteChanged, .keyResultRenamed: objective
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
