extension SitePlanner {
    /// `roadmap.json` and the search index.
    func dataJobs() -> [OutputJob] {
        let model = model
        return [
            OutputJob(path: SitePath.json) {
                var hasher = StableHasher()
                hasher.add("roadmap-data-2", model.options.generatorVersion, model.roadmap.config.title)
                hasher.add(model.roadmap.config.statuses, model.roadmap.config.activeStatuses, model.roadmap.config.doneStatuses)
                model.roadmap.objectives.fingerprint(into: &hasher)
                model.roadmap.features.fingerprint(into: &hasher)
                model.diagnostics.fingerprint(into: &hasher)
                return Product(digest: hasher.finish()) {
                    RoadmapDocument.build(model).compactBytes + [0x0A]
                }
            },
            OutputJob(path: SitePath.searchIndex) {
                var hasher = StableHasher()
                hasher.add("roadmap-search-1", model.options.generatorVersion)
                for o in model.roadmap.objectives { hasher.add(o.id.rawValue, o.title, o.owner, o.period?.description) }
                for f in model.roadmap.features { hasher.add(f.id.rawValue, f.title, f.owner, f.team, f.status, f.tags) }
                return Product(digest: hasher.finish()) { SearchIndex.script(model) }
            },
        ]
    }
}
