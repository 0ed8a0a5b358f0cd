import RoadmapCore
import RoadmapHistory

extension SitePlanner {
    /// One kind of problem, as entries of whichever shape it lists.
    private enum Entries {
        case cards([CardView])
        case keyResults([KeyResultView])
        case objectives([LinkView])
        case diagnostics([DiagnosticView])

        var count: Int {
            switch self {
            case .cards(let a): a.count
            case .keyResults(let a): a.count
            case .objectives(let a): a.count
            case .diagnostics(let a): a.count
            }
        }

        func section(key: String, title: String, explanation: String, range: Range<Int>, moreURL: String?,
                     links: ([CardView]) -> [Fragment]) -> HealthSection {
            func slice<T>(_ a: [T]) -> [T] { Array(a[range.clamped(to: a.indices)]) }
            return switch self {
            case .cards(let a):
                HealthSection(key: key, title: title, explanation: explanation, total: a.count, cards: links(slice(a)),
                              keyResults: [], objectives: [], diagnostics: [], moreURL: moreURL)
            case .keyResults(let a):
                HealthSection(key: key, title: title, explanation: explanation, total: a.count, cards: [],
                              keyResults: slice(a), objectives: [], diagnostics: [], moreURL: moreURL)
            case .objectives(let a):
                HealthSection(key: key, title: title, explanation: explanation, total: a.count, cards: [],
                              keyResults: [], objectives: slice(a), diagnostics: [], moreURL: moreURL)
            case .diagnostics(let a):
                HealthSection(key: key, title: title, explanation: explanation, total: a.count, cards: [],
                              keyResults: [], objectives: [], diagnostics: slice(a), moreURL: moreURL)
            }
        }
    }

    /// The health summary and, for every section longer than the summary shows, its full list.
    func healthJobs() -> [OutputJob] {
        let roadmap = model.roadmap
        let done = Set(roadmap.config.doneStatuses)
        let cards = model.cards
        var sections: [(key: String, title: String, explanation: String, entries: Entries)] = [
            ("diagnostics", "Compiler diagnostics",
             "Every error and warning of the compile, by file and line.",
             .diagnostics(model.diagnosticViews(model.diagnostics))),
            ("orphans", "Active PRDs that move no OKR",
             "Planned or in-progress work should serve an objective; link it with okrs in the front matter.",
             .cards(roadmap.features.indices.filter {
                 roadmap.config.activeStatuses.contains(roadmap.features[$0].status) && roadmap.features[$0].okrs.isEmpty
             }.map { cards[$0] })),
            ("uncovered-key-results", "Key results no PRD moves",
             "Nothing on the roadmap is expected to move these numbers.",
             .keyResults(roadmap.uncoveredKeyResults.map { KeyResultView(objective: $0.objective, keyResult: $0.keyResult) })),
            ("uncovered-objectives", "Objectives no PRD moves",
             "No PRD names the objective or any of its key results.",
             .objectives(roadmap.uncoveredObjectives.map { LinkView(label: $0.title, url: SitePath.objective($0.id.rawValue), note: $0.id.rawValue) })),
            ("missing-rice", "Open PRDs without RICE",
             "Without reach, impact, confidence and effort a PRD cannot be ranked in the backlog.",
             .cards(roadmap.features.indices.filter {
                 roadmap.features[$0].rice == nil && !done.contains(roadmap.features[$0].status)
             }.map { cards[$0] })),
        ]
        sections += historySections()
        let errors = model.site.errorCount, warnings = model.site.warningCount
        let summary = sections.map { s in
            s.entries.section(key: s.key, title: s.title, explanation: s.explanation, range: 0..<SitePlanner.healthCap,
                              moreURL: s.entries.count > SitePlanner.healthCap ? "health/\(s.key).html" : nil,
                              links: { links($0, path: SitePath.health) })
        }
        var jobs = [page(SitePath.health, template: "health", section: .health, title: "Health") {
            HealthContent(heading: "Health", sections: summary, errors: errors, warnings: warnings, pager: nil)
        }]
        for s in sections where s.entries.count > SitePlanner.healthCap {
            let pagination = Pagination(total: s.entries.count, size: SitePlanner.pageSize)
            let base = "health/\(s.key)"
            jobs += paged(Array(1...pagination.pageCount), base: base, size: 1, template: "health", section: .health,
                          title: s.title) { numbers, pager, path in
                let range = pagination.range(ofPage: numbers.first ?? 1)
                let section = s.entries.section(key: s.key, title: s.title, explanation: s.explanation, range: range,
                                                moreURL: nil, links: { links($0, path: path) })
                return HealthContent(heading: s.title, sections: [section], errors: errors, warnings: warnings, pager: pager)
            }
        }
        return jobs
    }

    /// With history: the checks `roadmap check --history` runs (stale and repeatedly slipping
    /// PRDs), as of the newest commit the site was built from, and every open PRD that slipped.
    private func historySections() -> [(key: String, title: String, explanation: String, entries: Entries)] {
        guard let history = model.history else { return [] }
        let roadmap = model.roadmap
        let today = history.lastCommit.day
        let findings = HistoryChecks.findings(for: roadmap, history: history.history, today: today, activity: history.activity).map(\.diagnostic)
        let closed = Set(roadmap.config.doneStatuses)
        let slipped = roadmap.features.indices.compactMap { i -> (Int, Int)? in
            let f = roadmap.features[i]
            guard !closed.contains(f.status), let n = history.item(f.id)?.slipCount, n > 0 else { return nil }
            return (i, n)
        }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : roadmap.features[$0.0].id < roadmap.features[$1.0].id }
        return [
            ("history-checks", "History checks",
             "Stale PRDs (in progress, untouched for more than \(roadmap.config.staleAfterDays) days) and PRDs that slipped "
                + "more than \(roadmap.config.maxSlips) times, from git as of \(today); `roadmap check --history` reports the same.",
             .diagnostics(model.diagnosticViews(findings.sorted(by: Diagnostic.reportOrder)))),
            ("slipped", "Open PRDs that slipped",
             "Each moved its due date, quarter or horizon later at least once; most slips first.",
             .cards(slipped.map { model.cards[$0.0] })),
        ]
    }

    /// The search page; the index it reads is `search-index.js`.
    func searchJob() -> OutputJob {
        let total = model.roadmap.features.count + model.roadmap.objectives.count
        return page(SitePath.search, template: "search", section: .search, title: "Search") { SearchContent(total: total) }
    }
}
