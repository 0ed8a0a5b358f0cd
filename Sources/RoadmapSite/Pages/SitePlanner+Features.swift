import RoadmapCore

extension SitePlanner {
    /// A page per PRD.
    func featureJobs() -> [OutputJob] {
        let keyResultsByRef = keyResultIndex()
        let model = model
        return model.roadmap.features.enumerated().map { i, feature in
            let path = SitePath.feature(feature.id.rawValue)
            let body = body(markdown: feature.body.markdown, title: feature.title, sourcePath: feature.path, pagePath: path)
            let source = source(feature.path)
            return page(path, template: "prd", section: .backlog, title: feature.title) {
                var krs: [KeyResultView] = []
                var objectives: [LinkView] = []
                for ref in feature.okrs.sorted() {
                    if ref.keyResult != nil {
                        if let kr = keyResultsByRef[ref.description] { krs.append(kr) }
                    } else if let o = model.roadmap.objective(ref.objective) {
                        objectives.append(LinkView(label: o.title, url: SitePath.objective(o.id.rawValue), note: o.id.rawValue))
                    }
                }
                return FeatureContent(
                    card: model.cards[i], body: body, keyResults: keyResults(krs, path: path), objectives: objectives,
                    dependencies: links(model.cards(feature.dependsOn), path: path),
                    dependents: links(model.cards(feature.dependents), path: path),
                    indirectDependents: links(model.cards(model.indirectDependents(of: feature)), path: path),
                    diagnostics: model.diagnosticViews(model.diagnosticsByPath[feature.path] ?? []),
                    source: source,
                    fields: feature.extra.keys.sorted().map { FieldView(key: $0, value: feature.extra[$0] ?? "") },
                    history: model.history.flatMap { h in h.item(feature.id).map { ItemHistoryView($0, words: h.words) } })
            }
        }
    }
}
