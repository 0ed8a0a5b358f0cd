
/// The history as a stable, versioned JSON document: `roadmap log --format json`.
///
/// `{"version":1,"head":…,"shallow":…,"item":{…}|null,"changes":[…]}`; each change names its
/// commit (id, RFC 3339 time in the committer's zone, author, summary, merge), the item (id,
/// kind, path), whether it slipped, and its events (`type` plus `from`/`to`, `path`, `link` or
/// `key_result` as the type needs).
public enum HistoryJSON {
    public static let version = 1

    /// `entries` in the order given, with `item`'s summary when the log is about one item.
    public static func render(_ history: RoadmapHistory, entries: [TimelineEntry], item: ItemHistory?) -> String {
        var j = JSONText()
        j.open("{")
        j.int(version, key: "version")
        j.string(history.head, key: "head")
        j.bool(history.isShallow, key: "shallow")
        if let item { write(item, into: &j) } else { j.null(key: "item") }
        j.open("[", key: "changes")
        for entry in entries { write(entry, into: &j) }
        j.close("]")
        j.close("}")
        return j.text + "\n"
    }

    private static func write(_ item: ItemHistory, into j: inout JSONText) {
        j.open("{", key: "item")
        j.string(item.id.rawValue, key: "id")
        j.open("[", key: "former_ids")
        for id in item.formerIDs { j.string(id.rawValue) }
        j.close("]")
        j.string(item.kind == .feature ? "feature" : "objective", key: "kind")
        j.string(item.path, key: "path")
        j.string(item.status, key: "status")
        j.bool(item.isRemoved, key: "removed")
        commit(item.created, key: "created", into: &j)
        commit(item.lastChanged, key: "last_changed", into: &j)
        commit(item.shipped, key: "shipped", into: &j)
        j.int(item.slipCount, key: "slips")
        j.open("[", key: "contributors")
        for person in item.contributors {
            j.open("{")
            j.string(person.name, key: "name")
            j.string(person.email, key: "email")
            j.int(person.commits, key: "commits")
            j.close("}")
        }
        j.close("]")
        j.close("}")
    }

    private static func commit(_ commit: CommitInfo?, key: String, into j: inout JSONText) {
        guard let commit else { return j.null(key: key) }
        j.open("{", key: key)
        j.string(commit.id, key: "commit")
        j.string(commit.timestamp, key: "date")
        j.string(commit.authorName, key: "author")
        j.close("}")
    }

    private static func write(_ entry: TimelineEntry, into j: inout JSONText) {
        let commit = entry.commit, change = entry.change
        j.open("{")
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
        j.open("[", key: "events")
        for event in change.events { write(event, into: &j) }
        j.close("]")
        j.close("}")
    }

    static func write(_ event: HistoryEvent, into j: inout JSONText) {
        j.open("{")
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
        case .keyResultAdded(let id), .keyResultRemoved(let id): j.string(id, key: "key_result")
        case .keyResultRetargeted(let id, let from, let to), .keyResultProgressed(let id, let from, let to):
            j.string(id, key: "key_result"); j.number(from, key: "from"); j.number(to, key: "to")
        case .edited: break
        }
        j.close("}")
    }
}
