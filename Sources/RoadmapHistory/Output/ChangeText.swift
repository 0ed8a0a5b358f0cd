import RoadmapCore

/// Changes in the words a stakeholder reads them in: an objective's `period` (not "quarter"),
/// key-result numbers with their units, items by title with their id, and "slip" said once per
/// change however many of its fields moved later.
///
/// Titles and units are not part of the mined history (they would grow the cache for every
/// commit), so they come from the roadmap as it is now; an item or key result the roadmap no
/// longer has is named by id and its numbers are shown bare.
public struct ChangeText: Sendable, Equatable {
    /// Item titles by id.
    public var titles: [ItemID: String]
    /// Key-result units by `objective/kr`.
    public var units: [String: String]

    /// Names and units to describe changes with.
    public init(titles: [ItemID: String] = [:], units: [String: String] = [:]) {
        self.titles = titles
        self.units = units
    }

    /// Titles and units of a compiled roadmap.
    public init(roadmap: Roadmap) {
        var titles: [ItemID: String] = [:]
        var units: [String: String] = [:]
        for feature in roadmap.features where titles[feature.id] == nil { titles[feature.id] = feature.title }
        for objective in roadmap.objectives {
            if titles[objective.id] == nil { titles[objective.id] = objective.title }
            for kr in objective.keyResults {
                if let unit = kr.unit, !unit.isEmpty { units["\(objective.id)/\(kr.id)"] = unit }
            }
        }
        self.init(titles: titles, units: units)
    }

    /// `Saved cards (saved-cards)`, or the bare id when the roadmap has no such item now.
    public func name(_ id: ItemID) -> String {
        guard let title = titles[id], !title.isEmpty, title != id.rawValue else { return id.rawValue }
        return "\(title) (\(id))"
    }

    /// One event, without a slip mark.
    public func event(_ event: HistoryEvent, item: ItemID, kind: ItemKind) -> String {
        let arrow = " → "
        func number(_ kr: String, _ value: Double?) -> String {
            ValueText.number(value, unit: units["\(item)/\(kr)"])
        }
        func moved(_ field: String, _ from: String?, _ to: String?) -> String {
            from == nil ? "\(field) \(to ?? "none")" : "\(field) \(from ?? "none")\(arrow)\(to ?? "none")"
        }
        switch event {
        case .quarterMoved(let from, let to):
            return moved(kind == .objective ? "period" : "quarter", from?.description, to?.description)
        case .dueMoved(let from, let to): return moved("due", from?.description, to?.description)
        case .startMoved(let from, let to): return moved("start", from?.description, to?.description)
        case .horizonMoved(let from, let to): return moved("horizon", from?.rawValue, to?.rawValue)
        case .keyResultRetargeted(let kr, let from, let to):
            return "\(kr) target \(number(kr, from))\(arrow)\(number(kr, to))"
        case .keyResultProgressed(let kr, let from, let to):
            return "\(kr) current \(number(kr, from))\(arrow)\(number(kr, to))"
        default:
            return event.plainText
        }
    }

    /// Every event of one change, joined; `(slip)` once at the end when `markSlip` and any field
    /// moved later (a page that draws its own slip badge passes false).
    public func change(_ change: ItemChange, markSlip: Bool) -> String {
        let text = change.events.map { event($0, item: change.id, kind: change.kind) }.joined(separator: ", ")
        return markSlip && change.isSlip ? text + " (slip)" : text
    }
}
