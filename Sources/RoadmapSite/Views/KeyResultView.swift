import RoadmapCore
import RoadmapHistory

/// A key result with a direction-aware progress bar: the bar always runs from the baseline on the
/// left to the target on the right, whether the metric should rise or fall.
struct KeyResultView: ViewModel, Sendable {
    let objectiveID: String
    let objectiveTitle: String
    let id: String
    let title: String
    /// `objectives/<id>.html#kr-<id>`.
    let url: String
    let anchor: String
    let baseline: String?
    let current: String?
    let target: String?
    /// `increase` or `decrease`.
    let direction: String
    let hasProgress: Bool
    /// 0 to 100, for the bar's width.
    let percent: Int
    let progressText: String
    /// Features that move it; empty on pages that only list key results.
    let movers: [Fragment]
    let uncovered: Bool
    /// `on-track`, `at-risk` or `off-track`, from the forecast; nil without one.
    let status: OKRStatus?
    /// The check-ins chart (escaped SVG), on the objective's page when there is history and a period.
    let chart: String?
    /// `Forecast: 29.4 by 2026-09-30, 47% of target`, or nil.
    let forecastText: String?
    /// Why there is no forecast, when the history was read and there is none.
    let noForecastReason: String?
    let checkInCount: Int
    /// Computed once: a key result appears on every page of a PRD that moves it, and each hashes it.
    let digest: Digest

    /// - Parameter onObjectivePage: the objective's own page, where `kr-<id>` is unique and is what
    ///   links point at; pages that show several objectives' key results (where two can both be
    ///   `kr1`) scope the anchor by the objective.
    /// - Parameter outlook: the key result's check-ins, forecast and status from git, when the site has history.
    init(objective: Objective, keyResult kr: KeyResult, movers: [Fragment] = [], onObjectivePage: Bool = false,
         outlook: KeyResultOutlook? = nil) {
        objectiveID = objective.id.rawValue
        objectiveTitle = objective.title
        id = kr.id
        title = kr.title
        let pageAnchor = "kr-" + Slugger.base(kr.id)
        anchor = onObjectivePage ? pageAnchor : "kr-" + objective.id.rawValue + "-" + Slugger.base(kr.id)
        url = SitePath.objective(objective.id.rawValue) + "#" + pageAnchor
        baseline = kr.baseline.map { Numbers.format($0, unit: kr.unit) }
        current = kr.current.map { Numbers.format($0, unit: kr.unit) }
        target = kr.target.map { Numbers.format($0, unit: kr.unit) }
        direction = kr.isDecreasing ? "decrease" : "increase"
        self.movers = movers
        uncovered = kr.movedBy.isEmpty
        if let progress = kr.progress, progress.isFinite {
            hasProgress = true
            percent = Int((progress * 100).rounded())
            progressText = "\(percent)% of the way"
        } else {
            hasProgress = false
            percent = 0
            progressText = "no progress data"
        }
        status = outlook?.status
        checkInCount = outlook?.checkIns.count ?? 0
        if let forecast = outlook?.forecast {
            var text = "Forecast: \(Numbers.format(forecast.projected, unit: kr.unit)) by \(forecast.end)"
            if let percent = forecast.percentOfTarget { text += ", \(Int(percent.rounded()))% of target" }
            forecastText = text
            noForecastReason = nil
        } else {
            forecastText = nil
            noForecastReason = outlook?.noForecastReason.map { "No forecast: \($0)." }
        }
        if onObjectivePage, let outlook, let period = objective.period {
            chart = KeyResultChartSVG(keyResult: kr, period: period, outlook: outlook)
                .render(label: "Check-ins of \(kr.id) across \(period)" + (forecastText.map { "; \($0)" } ?? ""))
        } else {
            chart = nil
        }
        var hasher = StableHasher()
        hasher.add(status?.rawValue, chart, forecastText, noForecastReason, checkInCount)
        hasher.add(objectiveID, objectiveTitle, id, title, url, anchor, direction, hasProgress, percent, progressText)
        hasher.add(baseline, current, target, movers, uncovered)
        digest = hasher.finish()
    }

    func value(named name: String) -> Any? {
        switch name {
        case "objectiveID": objectiveID
        case "objectiveTitle": objectiveTitle
        case "id": id
        case "title": title
        case "url": url
        case "anchor": anchor
        case "baseline": orAbsent(baseline)
        case "current": orAbsent(current)
        case "target": orAbsent(target)
        case "direction": direction
        case "decreasing": direction == "decrease"
        case "hasProgress": hasProgress
        case "percent": percent
        case "progressText": progressText
        case "movers": movers
        case "moverCount": movers.count
        case "moversText": movers.count == 1 ? "1 PRD moves" : "\(movers.count) PRDs move"
        case "uncovered": uncovered
        case "status": orAbsent(status?.rawValue)
        case "statusText": orAbsent(status?.label)
        case "chart": orAbsent(chart)
        case "forecastText": orAbsent(forecastText)
        case "noForecastReason": orAbsent(noForecastReason)
        case "checkInCount": checkInCount
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(digest) }
}
