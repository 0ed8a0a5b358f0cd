import RoadmapCore
import RoadmapHistory

/// Everything the page planners share, computed once per build: slugs, cards, ranks, lookups.
/// A class so that the thousands of job closures share one reference instead of copying it.
final class SiteModel: Sendable {
    let roadmap: Roadmap
    /// In report order.
    let diagnostics: [Diagnostic]
    let options: SiteOptions
    let site: Chrome.Site
    let teams: Slugger
    let tags: Slugger
    let statuses: Slugger
    /// The workflow, then statuses outside it (only in a roadmap with errors), sorted.
    let statusOrder: [String]
    /// One card per feature, in the order of `roadmap.features`.
    let cards: [CardView]
    let featureIndex: [ItemID: Int]
    /// Indices into `roadmap.features`: open work first, highest RICE score first, ties and the
    /// unscored by id; then closed work (done or dropped), by id.
    let backlog: [Int]
    /// How many of `backlog` are open work; only these have a rank.
    let openCount: Int
    /// Indices into `roadmap.features` in workflow order, then by due date (undated last), then id.
    let boardOrder: [Int]
    let diagnosticsByPath: [String: [Diagnostic]]
    /// Source path -> page path, for PRDs and objectives.
    let pageBySource: [String: String]
    let links: LinkRewriter
    /// Identifies `links`: bodies must re-render when the map of pages changes.
    let linkDigest: Digest
    /// The git history, when the site shows one.
    let history: SiteHistory?
    /// PRDs in a closed status other than the first done one (dropped, cancelled): they no longer
    /// count as moving an objective.
    let dropped: Set<ItemID>

    /// PRDs that need each feature (by index) only through others: dependents of its dependents,
    /// and so on, without the direct ones.
    let indirectDependents: [[ItemID]]

    /// The dependency graph's analyses, shared by the graph page and the PRD pages' neighbourhoods.
    let workGraph: WorkGraph

    /// The slug of the group of features without a team; reserved so no team can take it.
    static let noTeamSlug = "no-team"
    static let noTeamName = "No team"

    /// Identifies `history` in memoised page keys: 0 without history.
    let historySerial: Int
    /// Each key result's check-ins, forecast and status, by `objective/kr`; nil without history.
    let keyResultOutlooks: [String: KeyResultOutlook]?
    /// Records this model's cards and pages for the next plan; nil outside a preview.
    let memo: PlanMemo?
    /// The last rendered plan's entries (empty without a memo).
    let previous: PlanMemo.Entries

    init(roadmap: Roadmap, diagnostics: [Diagnostic], options: SiteOptions, history: SiteHistory? = nil,
         historySerial: Int = 0, memo: PlanMemo? = nil, previous: PlanMemo.Entries = .init()) {
        self.roadmap = roadmap
        self.history = history
        self.historySerial = historySerial
        keyResultOutlooks = history.map { KeyResultOutlook.all(roadmap, series: $0.activity.keyResultSeries) }
        self.memo = memo
        self.previous = previous
        self.diagnostics = diagnostics.sorted(by: Diagnostic.reportOrder)
        self.options = options
        let features = roadmap.features
        let teams = Slugger(names: features.compactMap(\.team), reserved: [SiteModel.noTeamSlug])
        let tags = Slugger(names: features.flatMap(\.tags))
        let workflow = roadmap.config.statuses
        let outside = Set(features.map(\.status)).subtracting(workflow).sorted()
        let statusOrder = workflow + outside
        let statuses = Slugger(names: statusOrder)
        self.teams = teams
        self.tags = tags
        self.statuses = statuses
        self.statusOrder = statusOrder
        site = Chrome.Site(
            title: roadmap.config.title, baseURL: options.baseURL, generatorVersion: options.generatorVersion,
            revision: options.revision, errorCount: diagnostics.errorCount, warningCount: diagnostics.warningCount,
            lastUpdated: history?.lastUpdated,
            calendar: options.extraFiles[SitePath.calendar] == nil ? nil : SitePath.calendar,
            summary: options.extraFiles[SitePath.summary] == nil ? nil : SitePath.summary,
            scoreColumns: roadmap.config.scores.map(ScoreColumnView.init), hasCapacity: !roadmap.config.capacity.isEmpty,
            audience: options.audience?.label, notShown: options.audience?.notShown,
            hiddenFields: options.audience?.hiddenFields ?? [])
        featureIndex = Dictionary(features.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let closed = Set(roadmap.config.doneStatuses)
        let shipped = roadmap.config.doneStatuses.first
        dropped = Set(features.filter { closed.contains($0.status) && $0.status != shipped }.map(\.id))
        let backlog = SiteModel.rank(features, closed: closed)
        self.backlog = backlog
        let openCount = features.count { !closed.contains($0.status) }
        self.openCount = openCount
        boardOrder = SiteModel.boardOrder(features, statusOrder: statusOrder)
        diagnosticsByPath = Dictionary(grouping: self.diagnostics.filter { $0.location != nil }) { $0.location?.path ?? "" }
        var pages: [String: String] = [:]
        for objective in roadmap.objectives { pages[objective.path] = SitePath.objective(objective.id.rawValue) }
        for feature in features { pages[feature.path] = SitePath.feature(feature.id.rawValue) }
        pageBySource = pages
        links = LinkRewriter(pages: pages, sourceLinkBase: options.sourceLinkBase, hidden: options.audience?.hidden ?? [:])
        // In the roadmap's own (deterministic) order: sorting ten thousand paths each plan cost more.
        var hasher = StableHasher()
        for objective in roadmap.objectives { hasher.add(objective.path, pages[objective.path] ?? "") }
        for feature in features { hasher.add(feature.path, pages[feature.path] ?? "") }
        hasher.add(options.sourceLinkBase)
        if let hidden = options.audience?.hidden {
            for path in hidden.keys.sorted() { hasher.add(path, hidden[path]?.title ?? "") }
        }
        linkDigest = hasher.finish()
        var rankOf = [Int?](repeating: nil, count: features.count)
        for (position, index) in backlog.prefix(openCount).enumerated() { rankOf[index] = position + 1 }
        let config = roadmap.config, ranks = rankOf
        let lists = SiteModel.indirectLists(features, featureIndex: featureIndex, previous: previous.indirect)
        indirectDependents = lists.lists
        workGraph = WorkGraph(roadmap)
        let okrTitles = SiteModel.okrTitles(roadmap.objectives)
        let okrStatuses = SiteModel.okrStatuses(roadmap.objectives, outlooks: keyResultOutlooks)
        let context = SiteModel.cardContext(teams: teams, tags: tags, statuses: statuses, config: config, okrTitles: okrTitles,
                                            okrStatuses: okrStatuses)
        let known = previous.cards
        // Without a memo nothing is known and every card is made, as a build needs.
        let entries = ParallelRunner.map(count: features.count) { i in
            let feature = features[i], rank = ranks[i], slips = history?.slips(feature.id)
            if let old = known[feature.id], old.feature.sharesStorage(with: feature), old.rank == rank,
               old.slips == slips, old.context == context {
                return old
            }
            let card = SiteModel.card(feature, rank: rank, teams: teams, tags: tags, statuses: statuses,
                                      config: config, okrTitles: okrTitles, okrStatuses: okrStatuses, slips: slips)
            return PlanMemo.CardEntry(feature: feature, rank: rank, slips: slips, context: context, card: card)
        }
        cards = entries.map(\.card)
        if let memo {
            memo.record(cards: Dictionary(zip(features.map(\.id), entries), uniquingKeysWith: { a, _ in a }))
            memo.record(indirect: lists)
        }
    }

    /// Everything a card shows besides its feature, rank and slips: the slugs of teams, tags and
    /// statuses, the workflow that colours a status, and the titles of the OKRs it names.
    /// The status of every key result (`objective/kr`) and objective (`objective`) that has one.
    static func okrStatuses(_ objectives: [Objective], outlooks: [String: KeyResultOutlook]?) -> [String: OKRStatus] {
        guard let outlooks else { return [:] }
        var result: [String: OKRStatus] = [:]
        for objective in objectives {
            for kr in objective.keyResults { result["\(objective.id)/\(kr.id)"] = outlooks["\(objective.id)/\(kr.id)"]?.status }
            result[objective.id.rawValue] = OKRStatus.of(objective: objective.keyResults.map { outlooks["\(objective.id)/\($0.id)"]?.status })
        }
        return result
    }

    static func cardContext(teams: Slugger, tags: Slugger, statuses: Slugger, config: RoadmapConfig,
                            okrTitles: [String: String] = [:], okrStatuses: [String: OKRStatus] = [:]) -> Digest {
        var hasher = StableHasher()
        hasher.add(okrStatuses.count)
        for key in okrStatuses.keys.sorted() { hasher.add(key, okrStatuses[key]?.rawValue ?? "") }
        hasher.add(okrTitles.count)
        for key in okrTitles.keys.sorted() { hasher.add(key, okrTitles[key] ?? "") }
        for slugger in [teams, tags, statuses] {
            let slugs = slugger.slugs
            hasher.add(slugs.count)
            for name in slugs.keys.sorted() { hasher.add(name, slugs[name] ?? "") }
        }
        for list in [config.statuses, config.doneStatuses, config.activeStatuses] { hasher.add(list) }
        for score in config.scores { hasher.add(score.name, score.label) }
        return hasher.finish()
    }

    func card(_ id: ItemID) -> CardView? { featureIndex[id].map { cards[$0] } }

    /// Every feature's indirect dependents, by index: the previous plan's when the dependency graph
    /// is the same (a body edit leaves it as it was), else found again; safe on cycles (a roadmap
    /// with errors may have them).
    static func indirectLists(_ features: [Feature], featureIndex: [ItemID: Int],
                              previous: PlanMemo.IndirectEntry?) -> PlanMemo.IndirectEntry {
        var graph = StableHasher()
        graph.add(features.count)
        for feature in features {
            graph.add(feature.id.rawValue)
            graph.add(feature.dependents.map(\.rawValue))
        }
        let digest = graph.finish()
        if let previous, previous.graph == digest, previous.lists.count == features.count { return previous }
        return PlanMemo.IndirectEntry(graph: digest, lists: ParallelRunner.map(count: features.count) {
            searchIndirectDependents(of: features[$0], features: features, featureIndex: featureIndex)
        })
    }

    private static func searchIndirectDependents(of feature: Feature, features: [Feature], featureIndex: [ItemID: Int]) -> [ItemID] {
        guard !feature.dependents.isEmpty else { return [] }
        let direct = Set(feature.dependents)
        var seen = direct.union([feature.id])
        var queue = feature.dependents.sorted()
        var found: [ItemID] = []
        var head = 0
        while head < queue.count {
            let next = queue[head]
            head += 1
            guard let i = featureIndex[next] else { continue }
            for d in features[i].dependents.sorted() where !seen.contains(d) {
                seen.insert(d)
                found.append(d)
                queue.append(d)
            }
        }
        return found
    }

    /// The PRDs two steps upstream of `id` (what its dependencies depend on), by id.
    func dependenciesOfDependencies(_ id: ItemID) -> [ItemID] {
        workGraph.upstream(of: id, depth: 2).filter { $0.distance == 2 }.map(\.id)
    }

    /// Cards of the given features, sorted by id, skipping any that do not exist.
    func cards(_ ids: [ItemID]) -> [CardView] { ids.isEmpty ? [] : ids.sorted().compactMap(card) }

    func status(_ name: String) -> StatusView {
        SiteModel.status(name, statuses: statuses, config: roadmap.config)
    }

    /// Where a source file can be read: the configured source URL, or nil to show the path only.
    func sourceURL(_ path: String, line: Int? = nil) -> String? {
        guard let base = options.sourceLinkBase else { return nil }
        return base + HTML.percentEncodePath(path) + (line.map { "#L\($0)" } ?? "")
    }

    func diagnosticViews(_ list: [Diagnostic]) -> [DiagnosticView] {
        list.map { d in
            DiagnosticView(d, sourceURL: d.location.flatMap { sourceURL($0.path, line: $0.line) },
                           itemURL: d.location.flatMap { pageBySource[$0.path] })
        }
    }

    static func boardOrder(_ features: [Feature], statusOrder: [String]) -> [Int] {
        let position = Dictionary(statusOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let keys = features.map { (position[$0.status] ?? Int.max, $0.due?.ordinal ?? Int.max) }
        return features.indices.sorted { i, j in
            keys[i] != keys[j] ? keys[i] < keys[j] : features[i].id < features[j].id
        }
    }

    /// Open work by RICE score, then the work in `closed` statuses, which has no rank.
    static func rank(_ features: [Feature], closed: Set<String> = []) -> [Int] {
        rank(features, closed: closed) { $0.rice?.score }
    }

    /// Open work by `score` (highest first, ties by id, those without one after), then the work
    /// in `closed` statuses by id.
    static func rank(_ features: [Feature], closed: Set<String>, by score: (Feature) -> Double?) -> [Int] {
        let scores: [Double?] = features.map { f in
            guard let s = score(f), s.isFinite else { return nil }
            return s
        }
        let isClosed = features.map { closed.contains($0.status) }
        return features.indices.sorted { i, j in
            if isClosed[i] != isClosed[j] { return !isClosed[i] }
            if isClosed[i] { return features[i].id < features[j].id }
            switch (scores[i], scores[j]) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return features[i].id < features[j].id
            }
        }
    }
}
