/// A column of the board: the first few cards and a link to all of them.
struct ColumnView: ViewModel, Sendable {
    let title: String
    /// The path of the column's full list without `.html`, such as `quarters/2026-q3`.
    let key: String
    let cards: [CardView]
    let total: Int
    /// The page listing every card of the column.
    let moreURL: String
    /// The status's work-in-progress limit (`wip_limits`), on the status board.
    var limit: Int? = nil

    func value(named name: String) -> Any? {
        switch name {
        case "title": title
        case "key": key
        case "anchor": "col-" + (key.split(separator: "/").last.map(String.init) ?? key)
        case "cards": cards
        case "total": total
        case "moreURL": moreURL
        case "hidden": total - cards.count
        case "hasMore": total > cards.count
        case "empty": total == 0
        case "limit": orAbsent(limit)
        case "overLimit": limit.map { total > $0 } ?? false
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(title, key, cards, total, moreURL, limit) }
}

/// One team, tag or status in an index of groups.
struct GroupEntryView: ViewModel, Sendable {
    let name: String
    let url: String
    let count: Int

    func value(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": url
        case "count": count
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(name, url, count) }
}

/// One team's lane on the timeline, drawn as inline SVG when a template asks for it.
struct TimelineGroupView: ViewModel, Sendable {
    let name: String
    let anchor: String
    let bars: [TimelineSVG.Bar]
    let drawing: TimelineSVG?
    let caption: String
    /// How deep the page is, for the links of the bars.
    let root: String
    let total: Int
    let moreURL: String?
    /// The first of its PRDs without dates or quarter, by id, and how many there are.
    let undated: [CardView]
    let undatedTotal: Int
    /// The team's list of all its PRDs, where the undated ones not named are.
    let teamURL: String

    func value(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "anchor": anchor
        case "svg": drawing.map { $0.renderBoth(bars, id: "tl-" + anchor, caption: caption, root: root) } ?? ""
        case "shown": bars.count
        case "total": total
        case "moreURL": orAbsent(moreURL)
        case "hasMore": total > bars.count
        case "undated": undated
        case "unscheduled": undatedTotal
        case "hasUnscheduled": undatedTotal > 0
        case "undatedHidden": undatedTotal - undated.count
        case "hasUndatedHidden": undatedTotal > undated.count
        case "teamURL": teamURL
        case "empty": bars.isEmpty
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(name, anchor, caption, root, total, moreURL, undatedTotal, teamURL)
        hasher.add(undated)
        hasher.add(drawing?.first.description, drawing?.quarterCount, drawing?.today?.description)
        hasher.add(bars.count)
        for bar in bars {
            hasher.add(bar.card.digest)
            hasher.add(bar.start.ordinal, bar.end.ordinal)
            hasher.add(bar.original?.start.ordinal, bar.original?.end.ordinal)
            hasher.add(bar.dependsOn)
        }
    }
}
