import RoadmapCore
import RoadmapHistory

/// An objective as listed on the objectives page and linked from features.
struct ObjectiveSummaryView: ViewModel, Sendable {
    let id: String
    let title: String
    let url: String
    let period: String?
    let owner: String?
    let keyResults: [Fragment]
    /// Features moving the objective or any of its key results, leaving out dropped ones: they
    /// no longer move anything.
    let moverCount: Int
    let uncoveredKeyResults: Int
    let broken: Bool
    /// The mean progress of the key results that have progress data, 0 to 100; nil when none has.
    let overallPercent: Int?
    let measuredKeyResults: Int
    /// Its worst key result's status (`OKRStatus.of(objective:)`); nil when none has one.
    let status: OKRStatus?

    init(_ objective: Objective, keyResults: [Fragment], dropped: Set<ItemID> = [], outlooks: [String: KeyResultOutlook]? = nil) {
        status = OKRStatus.of(objective: objective.keyResults.map { outlooks?["\(objective.id)/\($0.id)"]?.status })
        id = objective.id.rawValue
        title = objective.title
        url = SitePath.objective(objective.id.rawValue)
        period = objective.period?.description
        owner = objective.owner
        self.keyResults = keyResults
        moverCount = objective.movers.count { !dropped.contains($0) }
        uncoveredKeyResults = objective.keyResults.count { $0.movedBy.isEmpty }
        broken = objective.hasErrors
        let progress = objective.keyResults.compactMap(\.progress).filter(\.isFinite)
        measuredKeyResults = progress.count
        overallPercent = progress.isEmpty ? nil : Int((progress.reduce(0, +) / Double(progress.count) * 100).rounded())
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
        case "overallPercent": orAbsent(overallPercent)
        case "hasOverall": overallPercent != nil
        case "status": orAbsent(status?.rawValue)
        case "statusText": orAbsent(status?.label)
        case "overallText": overallPercent == nil ? Absent.value : overallText
        default: nil
        }
    }

    /// What the overall figure is the mean of.
    private var overallText: String {
        measuredKeyResults == keyResults.count
            ? "overall, the mean of " + (measuredKeyResults == 1 ? "its key result" : "its \(measuredKeyResults) key results")
            : "overall, the mean of the \(measuredKeyResults) of \(keyResults.count) key results with progress data"
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(id, title, url, period, owner, keyResults, moverCount, uncoveredKeyResults, broken)
        hasher.add(overallPercent, measuredKeyResults, status?.rawValue)
    }
}
