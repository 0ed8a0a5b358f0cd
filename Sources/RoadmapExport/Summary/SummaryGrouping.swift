import RoadmapCore

/// How a one-page summary groups the PRDs.
public enum SummaryGrouping: String, Sendable, CaseIterable {
    /// By planned quarter (the `quarter` field, else the quarter of `due`), earliest first.
    case quarter
    /// By status, in the workflow's order, statuses outside the workflow last.
    case status
}

/// The summary's content, shared by the Markdown and HTML exports so they always agree.
struct SummaryOutline {
    struct Group {
        let title: String
        let features: [Feature]
    }

    let groups: [Group]
    let objectives: [Objective]

    static let unscheduled = "Not scheduled"

    init(_ roadmap: Roadmap, by grouping: SummaryGrouping) {
        objectives = roadmap.objectives.sorted { a, b in
            switch (a.period, b.period) {
            case let (x?, y?) where x != y: x < y
            case (.some, nil): true
            case (nil, .some): false
            default: a.id < b.id
            }
        }
        switch grouping {
        case .quarter:
            let keyed = Dictionary(grouping: roadmap.features) { $0.quarter ?? $0.due?.quarter }
            let quarters = keyed.keys.compactMap { $0 }.sorted()
            var groups = quarters.map { Group(title: $0.description, features: SummaryOutline.ordered(keyed[$0] ?? [])) }
            if let rest = keyed[nil] { groups.append(Group(title: SummaryOutline.unscheduled, features: SummaryOutline.ordered(rest))) }
            self.groups = groups
        case .status:
            let keyed = Dictionary(grouping: roadmap.features, by: \.status)
            let order = roadmap.config.statuses.filter { keyed[$0] != nil } + keyed.keys.filter { !roadmap.config.statuses.contains($0) }.sorted()
            groups = order.map { Group(title: $0, features: SummaryOutline.ordered(keyed[$0] ?? [])) }
        }
    }

    /// Earliest due first, undated after, then by id.
    static func ordered(_ features: [Feature]) -> [Feature] {
        features.sorted { a, b in
            switch (a.due, b.due) {
            case let (x?, y?) where x != y: x < y
            case (.some, nil): true
            case (nil, .some): false
            default: a.id < b.id
            }
        }
    }

    /// `62%, target 100% (40%)`: where a key result stands, its numbers in its unit.
    static func progress(_ kr: KeyResult) -> String {
        var text = ""
        switch (kr.current, kr.target) {
        case let (current?, target?): text = "\(kr.text(current)), target \(kr.text(target))"
        case let (nil, target?): text = "target \(kr.text(target))"
        case let (current?, nil): text = kr.text(current)
        case (nil, nil): text = "no target"
        }
        if let progress = kr.progress { text += " (\(Int((progress * 100).rounded()))%)" }
        return text
    }

    /// `in-progress · payments · Dana · due 2026-07-06`.
    static func details(_ feature: Feature, grouping: SummaryGrouping) -> [String] {
        var parts: [String] = []
        if grouping != .status { parts.append(feature.status) }
        if let team = feature.team { parts.append(team) }
        if !feature.owner.isEmpty { parts.append(feature.owner) }
        if grouping != .quarter, let quarter = feature.quarter { parts.append(quarter.description) }
        if let start = feature.start { parts.append("from \(start)") }
        if let due = feature.due { parts.append("due \(due)") }
        return parts
    }
}
