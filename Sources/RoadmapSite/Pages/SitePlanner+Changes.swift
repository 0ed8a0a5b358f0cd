import RoadmapCore
import RoadmapHistory

extension SitePlanner {
    /// `changes.html` and `feed.xml`, only when the site has a history.
    func changesJobs() -> [OutputJob] {
        guard let history = model.history else { return [] }
        let model = model
        let changes = page(SitePath.changes, template: "changes", section: .changes, title: "Changes") {
            // A change made under a former id links to the item's page as it is now.
            let url = { (entry: TimelineEntry) in
                model.pageURL(entry.change.id) ?? history.item(entry.change.id).flatMap { model.pageURL($0.id) }
            }
            let months = history.months
            return ChangesContent(
                recent: months.prefix(ChangesContent.recentMonths).map { ChangePeriodView($0, listed: true, url: url, words: history.words) },
                older: months.dropFirst(ChangesContent.recentMonths).map { ChangePeriodView($0, listed: false, url: url) },
                quarters: history.quarters.map { ChangePeriodView($0, listed: false, url: url) },
                lastUpdated: history.lastUpdated)
        }
        let feed = OutputJob(path: SitePath.feed) {
            let entries = history.feedEntries
            var hasher = StableHasher()
            hasher.add("roadmap-feed-1", model.options.generatorVersion, model.site.title, model.site.baseURL)
            hasher.add(history.tagBase, history.lastCommit.timestamp)
            for e in entries {
                hasher.add(e.id, AtomFeed.title(e, words: history.words), AtomFeed.summary(e, words: history.words))
                hasher.add(e.updated, e.authorName, e.path, model.pageURL(e.itemID))
            }
            return Product(digest: hasher.finish()) { Array(AtomFeed.render(entries, model: model, history: history).utf8) }
        }
        return [changes, feed]
    }
}

extension SiteModel {
    /// The page of the PRD or objective with this id, root-relative; nil when the roadmap has none.
    func pageURL(_ id: ItemID) -> String? {
        if featureIndex[id] != nil { return SitePath.feature(id.rawValue) }
        if roadmap.objective(id) != nil { return SitePath.objective(id.rawValue) }
        return nil
    }
}
