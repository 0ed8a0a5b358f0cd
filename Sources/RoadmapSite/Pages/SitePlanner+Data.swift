import Foundation

extension SitePlanner {
    /// `roadmap.json` and the search index.
    func dataJobs() -> [OutputJob] {
        let model = model
        var hasher = StableHasher()
        hasher.add("roadmap-data-1", model.options.generatorVersion, model.roadmap.config.title)
        hasher.add(model.roadmap.config.statuses, model.roadmap.config.activeStatuses, model.roadmap.config.doneStatuses)
        model.roadmap.objectives.fingerprint(into: &hasher)
        model.roadmap.features.fingerprint(into: &hasher)
        model.diagnostics.fingerprint(into: &hasher)
        let digest = hasher.finish()
        return [
            OutputJob(path: SitePath.json) {
                Product(digest: digest) {
                    let json = (try? RoadmapDocument.encoder().encode(RoadmapDocument(model))) ?? .init()
                    return Array(json) + [0x0A]
                }
            },
            OutputJob(path: SitePath.searchIndex) {
                Product(digest: digest) { SearchIndex(model).script() }
            },
        ]
    }
}
