import RoadmapCore

/// The history as a stable, versioned JSON document: `roadmap log --format json`, described by
/// `schemas/log.schema.json`.
///
/// `{"schemaVersion":2,"head":…,"shallow":…,"item":{…}|null,"changes":[…]}`; each change names its
/// commit (id, RFC 3339 time in the committer's zone, author, summary, merge), the item (id,
/// kind, path), whether it slipped, and its events (`type` plus `from`/`to`, `path`, `link` or
/// `keyResult` as the type needs). Fields are only ever added within a version.
public enum HistoryJSON {
    public static let schemaVersion = 2

    /// `entries` in the order given, with `item`'s summary when the log is about one item.
    public static func render(_ history: RoadmapHistory, entries: [TimelineEntry], item: ItemHistory?) -> String {
        var j = JSONWriter(.indented, capacity: 1 << 16)
        j.beginObject()
        j.integer(schemaVersion, key: "schemaVersion")
        j.string(history.head, key: "head")
        j.bool(history.isShallow, key: "shallow")
        if let item { write(item, into: &j) } else { j.null(key: "item") }
        j.beginArray("changes")
        for entry in entries { write(entry, into: &j) }
        j.endArray()
        j.endObject()
        return j.text
    }

    /// An item's summary (ids it had, kind, path, status, created, last changed, shipped, slips,
    /// contributors) as the log writes it, under `key`: for documents that show an item with its
    /// history (the MCP server's `show`).
    public static func write(_ item: ItemHistory, key: String = "item", into j: inout JSONWriter) {
        j.beginObject(key)
        j.string(item.id.rawValue, key: "id")
        j.strings(item.formerIDs.map(\.rawValue), key: "formerIds")
        j.string(item.kind == .feature ? "feature" : "objective", key: "kind")
        j.string(item.path, key: "path")
        j.string(item.status, key: "status")
        j.bool(item.isRemoved, key: "removed")
        commit(item.created, key: "created", into: &j)
        commit(item.lastChanged, key: "lastChanged", into: &j)
        commit(item.shipped, key: "shipped", into: &j)
        j.integer(item.slipCount, key: "slips")
        j.beginArray("contributors")
        for person in item.contributors {
            j.beginObject()
            j.string(person.name, key: "name")
            j.string(person.email, key: "email")
            j.integer(person.commits, key: "commits")
            j.endObject()
        }
        j.endArray()
        j.endObject()
    }

    private static func commit(_ commit: CommitInfo?, key: String, into j: inout JSONWriter) {
        guard let commit else { return j.null(key: key) }
        j.beginObject(key)
        j.string(commit.id, key: "commit")
        j.string(commit.timestamp, key: "date")
        j.string(commit.authorName, key: "author")
        j.endObject()
    }

    private static func write(_ entry: TimelineEntry, into j: inout JSONWriter) {
        let commit = entry.commit, change = entry.change
        j.beginObject()
        j.string(commit.id, key: "commit")
        j.string(commit.timestamp, key: "date")
        j.string(commit.authorName, key: "author")
        j.string(commit.authorEmail, key: "email")
        j.string(commit.summary, key: "summary")
        j.bool(commit.isMerge, key: "merge")
        j.string(change.id.rawValue, key: "id")
        j.string(change.kind == .feature ? "feature" : "objective", key: "kind")
        j.string(change.path, key: "path")
        j.bool(change.isSlip, key: "slip")
        j.beginArray("events")
        for event in change.events { write(event, into: &j) }
        j.endArray()
        j.endObject()
    }

    static func write(_ event: HistoryEvent, into j: inout JSONWriter) {
        j.beginObject()
        j.string(event.type, key: "type")
        switch event {
        case .created(let path), .removed(let path): j.string(path, key: "path")
        case .moved(let from, let to): j.string(from, key: "from"); j.string(to, key: "to")
        case .idChanged(let from, let to): j.string(from.rawValue, key: "from"); j.string(to.rawValue, key: "to")
        case .titleChanged(let from, let to), .statusChanged(let from, let to): j.string(from, key: "from"); j.string(to, key: "to")
        case .startMoved(let from, let to), .dueMoved(let from, let to):
            j.string(from?.description, key: "from"); j.string(to?.description, key: "to"); j.bool(event.isSlip, key: "slip")
        case .quarterMoved(let from, let to):
            j.string(from?.description, key: "from"); j.string(to?.description, key: "to"); j.bool(event.isSlip, key: "slip")
        case .horizonMoved(let from, let to):
            j.string(from?.rawValue, key: "from"); j.string(to?.rawValue, key: "to"); j.bool(event.isSlip, key: "slip")
        case .okrLinked(let link), .okrUnlinked(let link): j.string(link, key: "link")
        case .riceChanged(let from, let to): j.number(from, key: "from"); j.number(to, key: "to")
        case .keyResultAdded(let id), .keyResultRemoved(let id): j.string(id, key: "keyResult")
        case .keyResultRetargeted(let id, let from, let to), .keyResultProgressed(let id, let from, let to):
            j.string(id, key: "keyResult"); j.number(from, key: "from"); j.number(to, key: "to")
        case .keyResultConfidenceChanged(let id, let from, let to):
            j.string(id, key: "keyResult"); j.number(from, key: "from"); j.number(to, key: "to")
        case .keyResultNoteChanged(let id, let from, let to):
            j.string(id, key: "keyResult"); j.string(from, key: "from"); j.string(to, key: "to")
        case .keyResultRenamed(let from, let to): j.string(to, key: "keyResult"); j.string(from, key: "from"); j.string(to, key: "to")
        case .edited: break
        }
        j.endObject()
    }
}
