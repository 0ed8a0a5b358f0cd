import RoadmapHistory

/// One commit's change to an item, on the item's page or in the roadmap's stream: a line with its
/// day, what changed, the commit's subject (the why), commit and author. All text from git goes
/// out through Mustache's escaping.
struct HistoryEntryView: ViewModel, Sendable {
    let day: String
    let commit: String
    let author: String
    /// The commit message's first line.
    let subject: String
    let text: String
    let slip: Bool
    /// The changed item's id and title, on the Changes page; nil on the item's own page.
    let itemID: String?
    let itemTitle: String?
    /// Its page, root-relative, when the roadmap still has it.
    let itemURL: String?

    /// The events of `entry` that a page shows, as one line: a commit that moves quarter and due
    /// is one change and one slip.
    init(entry: TimelineEntry, events: [HistoryEvent], words: ChangeText) {
        day = entry.commit.day.description
        commit = entry.commit.shortID
        author = entry.commit.authorName
        subject = entry.commit.summary
        text = events.map { words.event($0, item: entry.change.id, kind: entry.change.kind) }.joined(separator: ", ")
        slip = events.contains(where: \.isSlip)
        itemID = nil
        itemTitle = nil
        itemURL = nil
    }

    init(entry: TimelineEntry, itemURL: String?, words: ChangeText) {
        day = entry.commit.day.description
        commit = entry.commit.shortID
        author = entry.commit.authorName
        subject = entry.commit.summary
        text = words.change(entry.change, markSlip: false)
        slip = entry.change.isSlip
        itemID = entry.change.id.rawValue
        itemTitle = words.titles[entry.change.id]
        self.itemURL = itemURL
    }

    func value(named name: String) -> Any? {
        switch name {
        case "day": day
        case "commit": commit
        case "author": author
        case "subject": subject.isEmpty ? Absent.value : subject
        case "text": text
        case "slip": slip
        case "itemID": orAbsent(itemID)
        case "itemTitle": orAbsent(itemTitle)
        case "itemURL": orAbsent(itemURL)
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(day, commit, author, subject, text, slip)
        hasher.add(itemID, itemTitle, itemURL)
    }
}
