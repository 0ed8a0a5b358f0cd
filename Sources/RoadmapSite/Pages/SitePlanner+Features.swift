import RoadmapCore

extension SitePlanner {
    /// What a PRD's page shows besides the PRD itself: cheap to gather, and enough (with the PRD's
    /// storage) to tell whether the page changed since the last plan.
    struct FeatureSurroundings: Sendable {
        let card: CardView
        let keyResults: [Fragment]
        let objectives: [LinkView]
        let dependencies: [CardView]
        /// What the dependencies depend on (two steps upstream), bounded so pages stay small.
        let indirectDependencies: [CardView]
        let dependents: [CardView]
        let indirectDependents: [CardView]
        let diagnostics: [DiagnosticView]
        let source: SourceView
    }

    /// A page per PRD.
    func featureJobs() -> [OutputJob] {
        let keyResultsByRef = keyResultIndex()
        let model = model, planner = self
        var shared = StableHasher()
        shared.add(salt)
        shared.add("prd")
        shared.add(model.site.digest)
        shared.add(model.linkDigest)
        shared.add(bodyRenderer.cacheKey)
        shared.add(model.historySerial)
        let plan = shared.finish()
        return model.roadmap.features.enumerated().map { i, feature in
            let path = SitePath.feature(feature.id.rawValue)
            return featurePage(path, template: "prd", section: .backlog, title: feature.title, feature: feature, inputs: {
                // What `gather` reads, looked up without making any view (see `PageInputs`).
                let dependencies = model.cards(feature.dependsOn), dependents = model.cards(feature.dependents)
                let indirect = model.cards(model.indirectDependents[i])
                let upstream = model.cards(model.dependenciesOfDependencies(feature.id))
                var keyResults: [Digest] = []
                var objectives: [String] = []
                for ref in feature.okrs.sorted() {
                    if ref.keyResult != nil {
                        if let kr = keyResultsByRef[ref] { keyResults.append(kr.digest) }
                    } else if let o = model.roadmap.objective(ref.objective) {
                        objectives += [o.id.rawValue, o.title]
                    }
                }
                return PlanMemo.PageInputs(
                    cards: [model.cards[i]] + dependencies + dependents + indirect + upstream,
                    listSizes: [dependencies.count, dependents.count, indirect.count, upstream.count], keyResults: keyResults,
                    objectives: objectives, diagnostics: model.diagnosticsByPath[feature.path] ?? [],
                    sourceURL: model.sourceURL(feature.path), plan: plan)
            }) {
                var krs: [KeyResultView] = []
                var objectives: [LinkView] = []
                for ref in feature.okrs.sorted() {
                    if ref.keyResult != nil {
                        if let kr = keyResultsByRef[ref] { krs.append(kr) }
                    } else if let o = model.roadmap.objective(ref.objective) {
                        objectives.append(LinkView(label: o.title, url: SitePath.objective(o.id.rawValue), note: o.id.rawValue))
                    }
                }
                return FeatureSurroundings(
                    card: model.cards[i], keyResults: planner.keyResults(krs, path: path), objectives: objectives,
                    dependencies: model.cards(feature.dependsOn),
                    indirectDependencies: model.cards(model.dependenciesOfDependencies(feature.id)),
                    dependents: model.cards(feature.dependents),
                    indirectDependents: model.cards(model.indirectDependents[i]),
                    diagnostics: model.diagnosticViews(model.diagnosticsByPath[feature.path] ?? []),
                    source: planner.source(feature.path))
            } key: { around, hasher in
                // Cards stand for their fragments: a fragment adds only its partial and the page's root.
                hasher.add(around.card, around.keyResults, around.objectives, around.dependencies, around.dependents,
                           around.indirectDependents, around.diagnostics, around.source)
                hasher.add(around.indirectDependencies)
                hasher.add(model.linkDigest)
                hasher.add(planner.bodyRenderer.cacheKey, model.historySerial)
            } content: { around in
                FeatureContent(
                    card: around.card,
                    body: planner.body(markdown: feature.body.markdown, title: feature.title, sourcePath: feature.path, pagePath: path),
                    keyResults: around.keyResults, objectives: around.objectives,
                    dependencies: planner.links(around.dependencies, path: path),
                    indirectDependencies: planner.links(around.indirectDependencies, path: path),
                    dependents: planner.links(around.dependents, path: path),
                    indirectDependents: planner.links(around.indirectDependents, path: path),
                    diagnostics: around.diagnostics, source: around.source,
                    fields: feature.extra.keys.sorted().map { FieldView(key: $0, value: feature.extra[$0] ?? "") },
                    history: model.history.flatMap { h in h.item(feature.id).map { ItemHistoryView($0, words: h.words) } })
            }
        }
    }

    /// A page of `feature` that a preview's next plan can skip hashing: when the feature's
    /// storage and everything `key` feeds (from `gather`) are what they were when the page was
    /// last made, the old fingerprint stands and `content` is built only if the page is rendered.
    /// `key` must cover everything `content` shows that does not come from the feature itself.
    private func featurePage<Around: Sendable>(
        _ path: String, template: String, section: Chrome.Section, title: String, feature: Feature,
        inputs: @escaping @Sendable () -> PlanMemo.PageInputs,
        gather: @escaping @Sendable () -> Around,
        key: @escaping @Sendable (Around, inout StableHasher) -> Void,
        content: @escaping @Sendable (Around) -> any ViewModel
    ) -> OutputJob {
        guard let memo = model.memo else {
            return page(path, template: template, section: section, title: title) { content(gather()) }
        }
        let chrome = chromeMaker(path, section: section, title: title), salt = salt, templates = templates
        let old = model.previous.pages[path]
        return OutputJob(path: path) {
            let inputs = inputs()
            if let old, old.feature.sharesStorage(with: feature), let known = old.inputs, known.isSame(as: inputs) {
                memo.record(page: path, old)
                return Product(digest: old.digest) {
                    Array(templates.render(template, Page(chrome: chrome(), content: content(gather()))).utf8)
                }
            }
            let chrome = chrome()
            let around = gather()
            var keyed = StableHasher()
            keyed.add(salt)
            keyed.add(template)
            chrome.fingerprint(into: &keyed)
            key(around, &keyed)
            let pageKey = keyed.finish()
            if let old, old.feature.sharesStorage(with: feature), old.key == pageKey {
                var kept = old
                kept.inputs = inputs
                memo.record(page: path, kept)
                return Product(digest: old.digest) {
                    Array(templates.render(template, Page(chrome: chrome, content: content(around))).utf8)
                }
            }
            let page = Page(chrome: chrome, content: content(around))
            let digest = SitePlanner.fingerprint(page, template: template, salt: salt)
            memo.record(page: path, PlanMemo.PageEntry(feature: feature, key: pageKey, digest: digest, inputs: inputs))
            return Product(digest: digest) { Array(templates.render(template, page).utf8) }
        }
    }
}
