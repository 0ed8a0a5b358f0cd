import RoadmapCore

/// One change to a PRD or objective made by one commit: a status moved, a date slipped, a link
/// added. Values are as written in the file at each side; nil means absent (or not readable).
public enum HistoryEvent: Hashable, Sendable {
    /// The file appeared (the item's first commit, or its return after a removal).
    case created(path: String)
    /// The file disappeared.
    case removed(path: String)
    /// The file moved or was renamed; the item is the same.
    case moved(from: String, to: String)
    /// The id in the file changed; both ids name the same item from now on.
    case idChanged(from: ItemID, to: ItemID)
    case titleChanged(from: String?, to: String?)
    case statusChanged(from: String?, to: String?)
    case startMoved(from: CalendarDate?, to: CalendarDate?)
    case dueMoved(from: CalendarDate?, to: CalendarDate?)
    /// A PRD's quarter, or an objective's period.
    case quarterMoved(from: Quarter?, to: Quarter?)
    case horizonMoved(from: Horizon?, to: Horizon?)
    case okrLinked(String)
    case okrUnlinked(String)
    case riceChanged(from: Double?, to: Double?)
    case keyResultAdded(String)
    case keyResultRemoved(String)
    /// A key result's target changed.
    case keyResultRetargeted(String, from: Double?, to: Double?)
    /// A key result's current value changed (a check-in).
    case keyResultProgressed(String, from: Double?, to: Double?)
    /// A key result's `confidence` (0-10) changed: a check-in too.
    case keyResultConfidenceChanged(String, from: Double?, to: Double?)
    /// A key result's `note` changed: a check-in too.
    case keyResultNoteChanged(String, from: String?, to: String?)
    /// A key result's id changed: in one commit, the id at a position of the list changed while
    /// its title stayed the same (see `EventDiff`). Its check-ins carry over to the new id.
    case keyResultRenamed(from: String, to: String)
    /// The file changed, but none of the followed fields did (the body, the owner, tags...).
    case edited

    /// A move of `due`, `quarter` or `horizon` to later: the plan slipped. Setting a value where
    /// there was none, or removing it, is not a slip.
    public var isSlip: Bool {
        switch self {
        case .dueMoved(let from?, let to?): to > from
        case .quarterMoved(let from?, let to?): to > from
        case .horizonMoved(let from?, let to?): to > from
        default: false
        }
    }

    /// A short machine name for the kind of event, used as `type` in JSON.
    public var type: String {
        switch self {
        case .created: "created"
        case .removed: "removed"
        case .moved: "moved"
        case .idChanged: "id"
        case .titleChanged: "title"
        case .statusChanged: "status"
        case .startMoved: "start"
        case .dueMoved: "due"
        case .quarterMoved: "quarter"
        case .horizonMoved: "horizon"
        case .okrLinked: "okr-linked"
        case .okrUnlinked: "okr-unlinked"
        case .riceChanged: "rice"
        case .keyResultAdded: "kr-added"
        case .keyResultRemoved: "kr-removed"
        case .keyResultRetargeted: "kr-target"
        case .keyResultProgressed: "kr-current"
        case .keyResultConfidenceChanged: "kr-confidence"
        case .keyResultNoteChanged: "kr-note"
        case .keyResultRenamed: "kr-id"
        case .edited: "edited"
        }
    }
}
