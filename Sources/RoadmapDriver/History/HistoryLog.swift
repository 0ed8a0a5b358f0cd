import RoadmapCore
import RoadmapHistory
import RoadmapHistoryMiner
import RoadmapSources

/// What `roadmap log` asks, answered for every front end: the mined history, the item asked
/// about (nil for every change), and the changes to show, newest first.
public struct HistoryLog: Sendable {
    public var mined: MinedHistory
    public var item: ItemHistory?
    public var entries: [TimelineEntry]

    /// `roadmap log --format json`.
    public var json: String { HistoryJSON.render(mined.history, entries: entries, item: item) }
}

/// Why a log could not be made.
public enum HistoryLogFailure: Error, Sendable {
    /// The roadmap, its repository or the revision could not be read.
    case source(SourceError)
    /// No item of the history ever had this id (or it is not an id at all).
    case noSuchItem(String)
}

extension HistorySession {
    /// The history up to `revision` of one item (`itemID`: a PRD or objective id, any it ever
    /// had) or, without one, of the whole roadmap; changes committed between `since` and `until`
    /// (UTC days, both included), newest first, at most `maxCount` of them.
    public static func log(_ location: RoadmapLocation, itemID: String?, revision: String = "HEAD",
                           since: CalendarDate? = nil, until: CalendarDate? = nil, maxCount: Int? = nil,
                           noCache: Bool = false) throws(HistoryLogFailure) -> HistoryLog {
        let mined: MinedHistory
        do throws(SourceError) {
            mined = try mine(location, revision: revision, config: try config(at: location, revision: revision), noCache: noCache)
        } catch {
            throw .source(error)
        }
        let history = mined.history
        var item: ItemHistory?
        if let itemID {
            guard let id = ItemID(itemID), let found = history.item(id) else { throw .noSuchItem(itemID) }
            item = found
        }
        var entries = item.map { found in
            found.timeline.reversed().filter { entry in
                (since.map { entry.commit.day >= $0 } ?? true) && (until.map { entry.commit.day <= $0 } ?? true)
            }
        } ?? history.stream(since: since, until: until)
        if let maxCount { entries = Array(entries.prefix(max(0, maxCount))) }
        return HistoryLog(mined: mined, item: item, entries: entries)
    }

    /// The two sides of a range written `A..B` (or `A...B`); an empty side is HEAD. Nil when
    /// `text` is a single revision.
    public static func range(_ text: String) -> (old: String, new: String)? {
        guard let range = text.range(of: "..") else { return nil }
        var (old, new) = (String(text[..<range.lowerBound]), String(text[range.upperBound...]))
        if new.hasPrefix(".") { new.removeFirst() }
        return (old.isEmpty ? "HEAD" : old, new.isEmpty ? "HEAD" : new)
    }
}
