import RoadmapCore

/// What the history says about one key result of the roadmap: its check-ins, forecast and status.
public struct KeyResultOutlook: Hashable, Sendable {
    public var checkIns: [KeyResultCheckIn]
    public var forecast: KeyResultForecast?
    /// Why there is no forecast, when there is none.
    public var noForecastReason: String?
    /// From the forecast's projected progress and `okr_status`; nil without a forecast or
    /// without a baseline and target.
    public var status: OKRStatus?

    public init(keyResult: KeyResult, period: Quarter?, series: KeyResultSeries?, thresholds: OKRStatusThresholds) {
        checkIns = series?.checkIns ?? []
        switch KeyResultForecast.make(checkIns: checkIns, period: period, baseline: keyResult.baseline, target: keyResult.target) {
        case .success(let made):
            forecast = made
            status = made.projectedProgress.map { OKRStatus(projectedProgress: $0, thresholds: thresholds) }
        case .failure(let why):
            noForecastReason = why.reason
        }
    }

    /// Every key result of `roadmap`, by `objective-id/kr-id`.
    public static func all(_ roadmap: Roadmap, series: [String: KeyResultSeries]) -> [String: KeyResultOutlook] {
        var result: [String: KeyResultOutlook] = [:]
        for objective in roadmap.objectives {
            for kr in objective.keyResults {
                let reference = "\(objective.id)/\(kr.id)"
                result[reference] = KeyResultOutlook(keyResult: kr, period: objective.period, series: series[reference],
                                                     thresholds: roadmap.config.okrStatus)
            }
        }
        return result
    }
}
