/// A page of a long list of features: the backlog, one team, tag, status, quarter or horizon.
struct ListContent: ViewModel {
    /// `Team`, `Tag`, `Status`, `Quarter`, `Horizon` or `Backlog`.
    let kind: String
    let heading: String
    let intro: String?
    let rows: [Fragment]
    let pager: PagerView
    let total: Int
    /// The index page this list belongs to.
    let upURL: String?
    let upLabel: String?

    func value(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "heading": heading
        case "intro": orAbsent(intro)
        case "rows": rows
        case "pager": pager
        case "total": total
        case "upURL": orAbsent(upURL)
        case "upLabel": orAbsent(upLabel)
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(kind, heading, intro, rows, pager, total, upURL, upLabel)
    }
}

/// A page of an index of groups: every team, tag or status with its number of features.
struct GroupIndexContent: ViewModel {
    let kind: String
    let heading: String
    let groups: [GroupEntryView]
    let pager: PagerView
    let total: Int

    func value(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "heading": heading
        case "groups": groups
        case "pager": pager
        case "total": total
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(kind, heading, groups, pager, total) }
}
