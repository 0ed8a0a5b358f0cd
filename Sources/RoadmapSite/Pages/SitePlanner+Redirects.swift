import RoadmapCore

extension SitePlanner {
    /// A page at each former id of a PRD or objective that was renamed, pointing at its page
    /// now; only when the site has history (that is where former ids come from) and the old id
    /// is not taken by another item.
    func redirectJobs() -> [OutputJob] {
        guard let history = model.history else { return [] }
        var jobs: [OutputJob] = []
        for formerID in history.items.keys.sorted() {
            guard let item = history.items[formerID], item.id != formerID, model.pageURL(formerID) == nil,
                  let url = model.pageURL(item.id) else { continue }
            let isFeature = model.featureIndex[item.id] != nil
            let title = isFeature ? model.card(item.id)?.title ?? item.id.rawValue : model.roadmap.objective(item.id)?.title ?? item.id.rawValue
            let path = isFeature ? SitePath.feature(formerID.rawValue) : SitePath.objective(formerID.rawValue)
            let content = RedirectContent(formerID: formerID.rawValue, id: item.id.rawValue, title: title, url: url,
                                          kind: isFeature ? "PRD" : "objective")
            jobs.append(page(path, template: "redirect", section: isFeature ? .backlog : .objectives,
                             title: "\(formerID) is now \(item.id)") { content })
        }
        return jobs
    }
}
