import RoadmapCore

extension RoadmapDiff {
    /// The diff as a stable, versioned JSON document (`schemas/diff.schema.json`):
    /// `{"schemaVersion":2,"from":{…},"to":{…},"summary":…,"unchangedPlans":n,"items":[{"id","kind",
    /// "title","path","change","shipped","dropped","slip","events":[…]}]}` (events as in
    /// `roadmap log --format json`). Fields are only ever added within a version.
    public var json: String {
        var j = JSONWriter(.indented, capacity: 1 << 16)
        j.beginObject()
        j.integer(HistoryJSON.schemaVersion, key: "schemaVersion")
        for (key, end) in [("from", from), ("to", to)] {
            j.beginObject(key)
            j.string(end.id, key: "commit")
            j.string(end.timestamp, key: "date")
            j.string(end.summary, key: "summary")
            j.endObject()
        }
        j.string(summary, key: "summary")
        j.integer(unchangedPlans, key: "unchangedPlans")
        j.beginArray("items")
        for entry in entries {
            j.beginObject()
            j.string(entry.id.rawValue, key: "id")
            j.string(entry.kind == .feature ? "feature" : "objective", key: "kind")
            j.string(entry.title, key: "title")
            j.string(entry.path, key: "path")
            j.string(entry.change.rawValue, key: "change")
            j.bool(entry.shipped, key: "shipped")
            j.bool(entry.dropped, key: "dropped")
            j.bool(entry.isSlip, key: "slip")
            j.beginArray("events")
            for event in entry.events { HistoryJSON.write(event, into: &j) }
            j.endArray()
            j.endObject()
        }
        j.endArray()
        j.endObject()
        return j.text
    }
}
