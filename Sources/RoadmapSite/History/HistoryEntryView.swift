import RoadmapHistory

/// One event of an item's timeline, or one change in the roadmap's stream: a line with its day,
/// commit and author. All text from git goes out through Mustache's escaping.
struct HistoryEntryView: ViewModel, Sendable {
    let day: String
    let commit: String
    let author: String
    let text: String
    let slip: Bool
    /// The changed item's id, on the Changes page; nil on the item's own page.
    let itemID: String?
    /// Its page, root-relative, when the roadmap still has it.
    let itemURL: String?

    init(entry: TimelineEntry, event: HistoryEvent) {
        day = entry.commit.day.description
        commit = entry.commit.shortID
        author = entry.commit.authorName
        text = event.text
        slip = event.isSlip
        itemID = nil
        itemURL = nil
    }

    init(entry: TimelineEntry, itemURL: String?) {
        day = entry.commit.day.description
        commit = entry.commit.shortID
        author = entry.commit.authorName
        text = entry.change.events.map(\.text).joined(separator: ", ")
        slip = entry.change.isSlip
        itemID = entry.change.id.rawValue
        self.itemURL = itemURL
    }

    func value(named name: String) -> Any? {
        switch name {
        case "day": day
        case "commit": commit
        case "author": author
        case "text": text
        case "slip": slip
        case "itemID": orAbsent(itemID)
        case "itemURL": orAbsent(itemURL)
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(day, commit, author, text, slip)
        hasher.add(itemID, itemURL)
    }
}
