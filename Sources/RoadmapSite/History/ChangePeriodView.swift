import RoadmapHistory

/// One month or quarter on the Changes page: counts always, the changes themselves only for the
/// recent months (and at most `entryCap` of them), so 10,000 PRDs still give a readable page.
struct ChangePeriodView: ViewModel, Sendable {
    let label: String
    let changeCount: Int
    let commitCount: Int
    let slipCount: Int
    /// Newest first; empty for a period shown as counts only.
    let entries: [HistoryEntryView]

    /// Changes listed per month; the rest of the month is counted, not listed.
    static let entryCap = 200

    init(_ period: ChangePeriod, listed: Bool, url: (TimelineEntry) -> String?, words: ChangeText = ChangeText()) {
        label = period.label
        changeCount = period.entries.count
        commitCount = period.commitCount
        slipCount = period.slipCount
        entries = listed
            ? period.entries.prefix(ChangePeriodView.entryCap).map { HistoryEntryView(entry: $0, itemURL: url($0), words: words) }
            : []
    }

    func value(named name: String) -> Any? {
        switch name {
        case "label": label
        case "anchor": "m-" + label
        case "changeCount": changeCount
        case "commitCount": commitCount
        case "slipCount": slipCount
        case "counts": Self.plural(changeCount, "change") + " in " + Self.plural(commitCount, "commit") + ", " + Self.plural(slipCount, "slip")
        case "entries": entries
        case "unlisted": changeCount > entries.count && !entries.isEmpty ? changeCount - entries.count : Absent.value
        default: nil
        }
    }

    static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(label, changeCount, commitCount, slipCount)
        hasher.add(entries)
    }
}

/// The Changes page: the latest months in full, older months and every quarter as counts.
struct ChangesContent: ViewModel, Sendable {
    let recent: [ChangePeriodView]
    let older: [ChangePeriodView]
    let quarters: [ChangePeriodView]
    let lastUpdated: String

    /// Months listed change by change; older ones are summarised.
    static let recentMonths = 12

    func value(named name: String) -> Any? {
        switch name {
        case "recent": recent
        case "older": older
        case "quarters": quarters
        case "lastUpdatedDay": lastUpdated
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(recent, older, quarters)
        hasher.add(lastUpdated)
    }
}
