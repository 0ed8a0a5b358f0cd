import RoadmapCore

/// The capacity page: per team, each quarter's capacity against the effort committed to it.
struct CapacityContent: ViewModel {
    let teams: [CapacityTeamView]
    let overCount: Int
    let cellCount: Int

    func value(named name: String) -> Any? {
        switch name {
        case "teams": teams
        case "overCount": overCount
        case "cellCount": cellCount
        case "anyOver": overCount > 0
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(teams, overCount, cellCount) }
}

struct CapacityTeamView: ViewModel, Sendable {
    let name: String
    /// The team's page; nil when no PRD has the team (it has no page).
    let url: String?
    let anchor: String
    let quarters: [CapacityCellView]

    func value(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": orAbsent(url)
        case "anchor": anchor
        case "quarters": quarters
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(name, url, anchor, quarters) }
}

/// One team in one quarter. The bar's scale is the larger of capacity and committed, so an
/// overload shows as the fill passing the capacity mark.
struct CapacityCellView: ViewModel, Sendable {
    let quarter: String
    let capacity: String
    let committed: String
    /// Committed as a share of capacity, like `120%`; `n/a` for a capacity of 0 with work in it.
    let loadText: String
    /// Percentages of the bar's width, as text for a `style` attribute.
    let fill: String
    let limit: String
    let over: Bool
    let shares: [LinkView]
    let unknown: [LinkView]

    init(_ cell: CapacityPlan.Cell) {
        quarter = cell.quarter.description
        capacity = DecimalText.format(cell.capacity)
        committed = DecimalText.format(cell.committed)
        let scale = max(cell.capacity, cell.committed)
        fill = scale > 0 ? DecimalText.format(cell.committed / scale * 100) : "0"
        limit = scale > 0 ? DecimalText.format(cell.capacity / scale * 100) : "0"
        if cell.capacity > 0 {
            loadText = "\(Int((cell.committed / cell.capacity * 100).rounded()))% of capacity"
        } else {
            loadText = cell.committed > 0 ? "no capacity" : "nothing committed"
        }
        over = cell.isOver
        shares = cell.shares.map {
            LinkView(label: $0.title, url: SitePath.feature($0.feature.rawValue),
                     note: DecimalText.format($0.personMonths) + ($0.personMonths == 1 ? " person-month" : " person-months"))
        }
        unknown = cell.unknown.map { LinkView(label: $0.title, url: SitePath.feature($0.feature.rawValue), note: $0.feature.rawValue) }
    }

    func value(named name: String) -> Any? {
        switch name {
        case "quarter": quarter
        case "capacity": capacity
        case "committed": committed
        case "loadText": loadText
        case "fill": fill
        case "limit": limit
        case "over": over
        case "shares": shares
        case "hasShares": !shares.isEmpty
        case "unknown": unknown
        case "hasUnknown": !unknown.isEmpty
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(quarter, capacity, committed, loadText, fill, limit, over)
        hasher.add(shares, unknown)
    }
}
