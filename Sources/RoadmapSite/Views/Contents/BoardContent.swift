/// The roadmap board: Now / Next / Later, then one column per quarter.
struct BoardContent: ViewModel {
    let horizons: [ColumnView]
    let quarters: [ColumnView]
    let unscheduled: ColumnView
    let total: Int

    func value(named name: String) -> Any? {
        switch name {
        case "horizons": horizons
        case "quarters": quarters
        case "hasQuarters": !quarters.isEmpty
        case "unscheduled": unscheduled
        case "total": total
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(horizons, quarters, unscheduled, total) }
}

/// The timeline, or one team's part of it.
struct TimelineContent: ViewModel {
    let heading: String
    let groups: [TimelineGroupView]
    let pager: PagerView
    let upURL: String?
    let quarterRange: String?

    func value(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "groups": groups
        case "pager": pager
        case "upURL": orAbsent(upURL)
        case "quarterRange": orAbsent(quarterRange)
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(heading, groups, pager, upURL, quarterRange) }
}
