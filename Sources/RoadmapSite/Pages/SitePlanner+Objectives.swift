import RoadmapCore

extension SitePlanner {
    /// The list of objectives and a page per objective.
    func objectiveJobs() -> [OutputJob] {
        let objectives = model.roadmap.objectives
        let uncovered = model.roadmap.uncoveredKeyResults.count
        var jobs = paged(objectives, base: "objectives", size: SitePlanner.objectivesPerPage, template: "objectives",
                         section: .objectives, title: "Objectives") { slice, pager, path in
            let summaries = slice.map { o in
                ObjectiveSummaryView(o, keyResults: keyResults(o.keyResults.map {
                    KeyResultView(objective: o, keyResult: $0, outlook: model.keyResultOutlooks?["\(o.id)/\($0.id)"])
                }, path: path),
                                     dropped: model.dropped, outlooks: model.keyResultOutlooks)
            }
            return ObjectivesContent(objectives: summaries, pager: pager, total: objectives.count, uncoveredKeyResults: uncovered)
        }
        for objective in objectives {
            let path = SitePath.objective(objective.id.rawValue)
            let model = model
            let body = body(markdown: objective.body.markdown, title: objective.title, sourcePath: objective.path, pagePath: path)
            let source = source(objective.path)
            jobs.append(page(path, template: "objective", section: .objectives, title: objective.title) {
                let krs = objective.keyResults.map {
                    KeyResultView(objective: objective, keyResult: $0, movers: links(model.cards($0.movedBy), path: path),
                                  onObjectivePage: true, outlook: model.keyResultOutlooks?["\(objective.id)/\($0.id)"])
                }
                return ObjectiveContent(
                    objective: ObjectiveSummaryView(objective, keyResults: keyResults(krs, path: path), dropped: model.dropped,
                                                    outlooks: model.keyResultOutlooks), body: body,
                    directMovers: links(model.cards(objective.movedBy), path: path),
                    diagnostics: model.diagnosticViews(model.diagnosticsByPath[objective.path] ?? []),
                    source: source,
                    history: model.history.flatMap { h in h.item(objective.id).map { ItemHistoryView($0, words: h.words) } })
            })
        }
        return jobs
    }

    /// Key results of the roadmap by reference, without their movers, for feature pages.
    func keyResultIndex() -> [OKRReference: KeyResultView] {
        var index: [OKRReference: KeyResultView] = [:]
        for o in model.roadmap.objectives {
            for kr in o.keyResults {
                index[OKRReference(objective: o.id, keyResult: kr.id)] = KeyResultView(objective: o, keyResult: kr)
            }
        }
        return index
    }
}
