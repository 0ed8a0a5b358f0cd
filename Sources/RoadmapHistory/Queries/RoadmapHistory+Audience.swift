import RoadmapCore

extension RoadmapHistory {
    /// The history as `view`'s audience may see it, for its site's History sections, Changes page
    /// and feed, and its check-in charts:
    /// - only changes to items shown now (and to their former ids); an item no longer in the
    ///   roadmap cannot say whom it was shown to, so its past is left out;
    /// - no events that name a hidden objective (`okr-linked`) or a hidden field's values
    ///   (`rice`, `due`, `start`); a change left without events is dropped;
    /// - no commit that changed nothing the audience sees; the message of a commit that also
    ///   changed hidden items is removed (it may name them); authors are removed when `owner`
    ///   is hidden, since they are the same people.
    public func seen(through view: AudienceView) -> RoadmapHistory {
        guard !view.hiddenIDs.isEmpty || !view.audience.hideFields.isEmpty else { return self }
        var shown = Set(view.roadmap.features.map(\.id)).union(view.roadmap.objectives.map(\.id))
        for id in Array(shown) { shown.formUnion(itemsByID[id]?.formerIDs ?? []) }
        let fields = view.audience.hideFields
        let filter = AudienceEventFilter(view)
        var kept: [ItemChange] = []
        var touchedHidden = Set<Int>()
        for change in changes {
            guard shown.contains(change.id) else {
                touchedHidden.insert(change.commitIndex)
                continue
            }
            var change = change
            change.events.removeAll { !filter.shows($0) }
            if !change.events.isEmpty { kept.append(change) }
        }
        let used = Set(kept.map(\.commitIndex))
        var renumbered: [Int: Int] = [:]
        var keptCommits: [CommitInfo] = []
        for (index, commit) in commits.enumerated() where used.contains(index) {
            var commit = commit
            if touchedHidden.contains(index) { commit.summary = "" }
            if fields.contains("owner") { (commit.authorName, commit.authorEmail) = ("", "") }
            renumbered[index] = keptCommits.count
            keptCommits.append(commit)
        }
        for k in kept.indices { kept[k].commitIndex = renumbered[kept[k].commitIndex] ?? 0 }
        return RoadmapHistory(head: head, commits: keptCommits, changes: kept, isShallow: isShallow,
                              shippedStatus: shippedStatus)
    }
}

extension RoadmapDiff {
    /// The diff as `view`'s audience may see it (as `RoadmapHistory.seen(through:)`): entries of
    /// items it sees now, without events naming hidden objectives or fields; the two commits'
    /// messages are left out when an entry was.
    public func seen(through view: AudienceView) -> RoadmapDiff {
        guard !view.hiddenIDs.isEmpty || !view.audience.hideFields.isEmpty else { return self }
        let shown = Set(view.roadmap.features.map(\.id)).union(view.roadmap.objectives.map(\.id))
        let filter = AudienceEventFilter(view)
        var left = false
        var kept: [Entry] = []
        for entry in entries {
            guard shown.contains(entry.id) else {
                left = true
                continue
            }
            var entry = entry
            entry.events.removeAll { !filter.shows($0) }
            if entry.change != .changed || !entry.events.isEmpty { kept.append(entry) }
        }
        var (from, to) = (self.from, self.to)
        if left { (from.summary, to.summary) = ("", "") }
        if view.audience.hideFields.contains("owner") {
            (from.authorName, from.authorEmail, to.authorName, to.authorEmail) = ("", "", "", "")
        }
        return RoadmapDiff(from: from, to: to, entries: kept, unchangedPlans: unchangedPlans)
    }
}

/// Which history events an audience may see: none that names a hidden objective (`okr-linked`)
/// or the values of a hidden field (`rice`, `due`, `start`).
struct AudienceEventFilter {
    let objectives: Set<String>
    let fields: Set<String>

    init(_ view: AudienceView) {
        objectives = Set(view.roadmap.objectives.map(\.id.rawValue))
        fields = view.audience.hideFields
    }

    func shows(_ event: HistoryEvent) -> Bool {
        switch event {
        case .okrLinked(let okr), .okrUnlinked(let okr): objectives.contains(String(okr.prefix { $0 != "/" }))
        case .riceChanged: !fields.contains("rice")
        case .dueMoved: !fields.contains("due")
        case .startMoved: !fields.contains("start")
        default: true
        }
    }
}
