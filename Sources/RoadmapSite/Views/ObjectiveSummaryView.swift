import RoadmapCore

/// An objective as listed on the objectives page and linked from features.
struct ObjectiveSummaryView: ViewModel, Sendable {
    let id: String
    let title: String
    let url: String
    let period: String?
    let owner: String?
    let keyResults: [Fragment]
    /// Features moving the objective or any of its key results.
    let moverCount: Int
    let uncoveredKeyResults: Int
    let broken: Bool

    init(_ objective: Objective, keyResults: [Fragment]) {
        id = objective.id.rawValue
        title = objective.title
        url = SitePath.objective(objective.id.rawValue)
        period = objective.period?.description
        owner = objective.owner
        self.keyResults = keyResults
        moverCount = objective.allMovers.count
        uncoveredKeyResults = objective.keyResults.count { $0.movedBy.isEmpty }
        broken = objective.hasErrors
    }

    func value(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "url": url
        case "period": orAbsent(period)
        case "owner": orAbsent(owner)
        case "keyResults": keyResults
        case "moverCount": moverCount
        case "uncovered": moverCount == 0
        case "uncoveredKeyResults": uncoveredKeyResults
        case "hasUncoveredKeyResults": uncoveredKeyResults > 0
        case "broken": broken
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(id, title, url, period, owner, keyResults, moverCount, uncoveredKeyResults, broken)
    }
}
