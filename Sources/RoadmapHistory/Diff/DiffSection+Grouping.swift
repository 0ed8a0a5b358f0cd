extension DiffSection {
    static func sections(of diff: RoadmapDiff) -> [DiffSection] {
        let features = diff.entries.filter { $0.kind == .feature }
        let objectives = diff.entries.filter { $0.kind == .objective }
        let changed = features.filter { $0.change == .changed }
        func pick(_ entries: [RoadmapDiff.Entry], _ keep: (HistoryEvent) -> Bool) -> [Line] {
            entries.compactMap { entry in
                let events = entry.events.filter(keep)
                return events.isEmpty ? nil : Line(entry: entry, events: events)
            }
        }
        func whole(_ entries: [RoadmapDiff.Entry]) -> [Line] { entries.map { Line(entry: $0, events: $0.events) } }
        let status: (HistoryEvent) -> Bool = { if case .statusChanged = $0 { true } else { false } }
        let candidates: [DiffSection] = [
            DiffSection(key: "shipped", title: "Shipped", lines: pick(features.filter(\.shipped), status)),
            DiffSection(key: "dropped", title: "Dropped", lines: pick(features.filter(\.dropped), status)),
            DiffSection(key: "added", title: "New PRDs", lines: whole(features.filter { $0.change == .added }).map(trimCreated)),
            DiffSection(key: "removed", title: "Removed PRDs", lines: whole(features.filter { $0.change == .removed })),
            DiffSection(key: "status", title: "Status changes", lines: pick(changed.filter { !$0.shipped && !$0.dropped }, status)),
            DiffSection(key: "dates", title: "Dates moved", lines: pick(changed) {
                switch $0 { case .dueMoved, .startMoved, .quarterMoved, .horizonMoved: true; default: false }
            }),
            DiffSection(key: "okrs", title: "OKR links", lines: pick(changed) {
                switch $0 { case .okrLinked, .okrUnlinked: true; default: false }
            }),
            DiffSection(key: "rice", title: "RICE scores", lines: pick(changed) { if case .riceChanged = $0 { true } else { false } }),
            DiffSection(key: "objectives", title: "Objectives", lines: whole(objectives.filter { $0.change != .changed }).map(trimCreated)
                + pick(objectives.filter { $0.change == .changed }) { if case .quarterMoved = $0 { true } else { false } }),
            DiffSection(key: "key-results", title: "Key results", lines: pick(objectives.filter { $0.change == .changed }) {
                switch $0 { case .keyResultAdded, .keyResultRemoved, .keyResultRetargeted, .keyResultProgressed, .keyResultConfidenceChanged, .keyResultNoteChanged, .keyResultRenamed: true; default: false }
            }),
            DiffSection(key: "renamed", title: "Renamed", lines: pick(diff.entries.filter { $0.change == .changed }) {
                switch $0 { case .idChanged, .titleChanged: true; default: false }
            }),
        ]
        return candidates.filter { !$0.lines.isEmpty }
    }

    /// A new item's line shows its starting plan, not the `created` marker.
    private static func trimCreated(_ line: Line) -> Line {
        var trimmed = line
        trimmed.events = line.events.filter { if case .created = $0 { false } else { true } }
        return trimmed
    }
}
