extension RoadmapDiff {
    /// The diff as a stable, versioned JSON document: `{"version":1,"from":{…},"to":{…},
    /// "summary":…,"unchanged_plans":n,"items":[{"id","kind","title","path","change",
    /// "shipped","dropped","slip","events":[…]}]}` (events as in `roadmap log --format json`).
    public var json: String {
        var j = JSONText()
        j.open("{")
        j.int(1, key: "version")
        for (key, end) in [("from", from), ("to", to)] {
            j.open("{", key: key)
            j.string(end.id, key: "commit")
            j.string(end.timestamp, key: "date")
            j.string(end.summary, key: "summary")
            j.close("}")
        }
        j.string(summary, key: "summary")
        j.int(unchangedPlans, key: "unchanged_plans")
        j.open("[", key: "items")
        for entry in entries {
            j.open("{")
            j.string(entry.id.rawValue, key: "id")
            j.string(entry.kind == .feature ? "feature" : "objective", key: "kind")
            j.string(entry.title, key: "title")
            j.string(entry.path, key: "path")
            j.string(entry.change.rawValue, key: "change")
            j.bool(entry.shipped, key: "shipped")
            j.bool(entry.dropped, key: "dropped")
            j.bool(entry.isSlip, key: "slip")
            j.open("[", key: "events")
            for event in entry.events { HistoryJSON.write(event, into: &j) }
            j.close("]")
            j.close("}")
        }
        j.close("]")
        j.close("}")
        return j.text + "\n"
    }
}
