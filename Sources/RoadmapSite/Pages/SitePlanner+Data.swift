import RoadmapCore

extension SitePlanner {
    /// `roadmap.json` and the search index.
    func dataJobs() -> [OutputJob] {
        let model = model
        return [
            OutputJob(path: SitePath.json) {
                var hasher = StableHasher()
                hasher.add("roadmap-data-2", model.options.generatorVersion, model.roadmap.config.title)
                hasher.add(model.roadmap.config.statuses, model.roadmap.config.activeStatuses, model.roadmap.config.doneStatuses)
                for score in model.roadmap.config.scores {
                    hasher.add(score.name, score.label, score.formulaText)
                    for input in score.inputs { hasher.add(input.name, input.range.lowerBound, input.range.upperBound) }
                }
                model.roadmap.objectives.fingerprint(into: &hasher)
                let features = model.featureDataDigests()
                hasher.add(features.count)
                for digest in features { hasher.add(digest) }
                model.diagnostics.fingerprint(into: &hasher)
                return Product(digest: hasher.finish()) {
                    RoadmapDocument.bytes(model)
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

extension SiteModel {
    /// Each feature's fingerprint in `roadmap.json`, in order. With a memo, a feature the compiler
    /// did not touch (the same storage) keeps the digest it had, so a preview does not hash ten
    /// thousand features to learn that one body changed.
    func featureDataDigests() -> [Digest] {
        func digest(_ feature: Feature) -> Digest {
            var hasher = StableHasher()
            feature.fingerprint(into: &hasher)
            return hasher.finish()
        }
        guard let memo else { return roadmap.features.map(digest) }
        let known = previous.data
        var made: [ItemID: PlanMemo.DataEntry] = [:]
        made.reserveCapacity(roadmap.features.count)
        let digests = roadmap.features.map { feature in
            if let old = known[feature.id], old.feature.sharesStorage(with: feature) {
                made[feature.id] = old
                return old.digest
            }
            let entry = PlanMemo.DataEntry(feature: feature, digest: digest(feature))
            if made[feature.id] == nil { made[feature.id] = entry }
            return entry.digest
        }
        memo.record(data: made)
        return digests
    }
}
