import RoadmapCore

/// The least-squares line through a key result's check-ins inside its objective's period
/// (x: the check-in's UTC day), extended to the period's last day.
public struct KeyResultForecast: Hashable, Sendable {
    /// The period's first and last day.
    public var start: CalendarDate
    public var end: CalendarDate
    /// The line's value at `start` and its change per day.
    public var intercept: Double
    public var slope: Double
    /// The line's value at `end`.
    public var projected: Double
    /// How far `projected` is from baseline to target (1 = target reached; above 1 beyond it,
    /// below 0 the wrong way), direction-aware; nil without a baseline and target.
    public var projectedProgress: Double?
    /// How many check-ins the line was fitted to.
    public var points: Int

    /// The line's value on `day`.
    public func value(on day: CalendarDate) -> Double { intercept + slope * Double(day.ordinal - start.ordinal) }

    /// `projectedProgress` in percent, for text.
    public var percentOfTarget: Double? { projectedProgress.map { $0 * 100 } }

    /// The forecast, or why there is none.
    public static func make(checkIns: [KeyResultCheckIn], period: Quarter?, baseline: Double?, target: Double?) -> Result<KeyResultForecast, NoForecast> {
        guard let period else { return .failure(.noPeriod) }
        let start = period.firstDay, end = period.lastDay
        let points = checkIns.compactMap { checkIn -> (Double, Double)? in
            guard let value = checkIn.value, checkIn.day >= start, checkIn.day <= end else { return nil }
            return (Double(checkIn.day.ordinal - start.ordinal), value)
        }
        guard points.count >= 2 else { return .failure(.tooFewCheckIns(points.count)) }
        let n = Double(points.count)
        let meanX = points.reduce(0) { $0 + $1.0 } / n, meanY = points.reduce(0) { $0 + $1.1 } / n
        let sxx = points.reduce(0) { $0 + ($1.0 - meanX) * ($1.0 - meanX) }
        guard sxx > 0 else { return .failure(.oneDay) }
        let slope = points.reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) } / sxx
        let intercept = meanY - slope * meanX
        let projected = intercept + slope * Double(end.ordinal - start.ordinal)
        var progress: Double?
        if let baseline, let target, target != baseline { progress = (projected - baseline) / (target - baseline) }
        return .success(KeyResultForecast(start: start, end: end, intercept: intercept, slope: slope, projected: projected,
                                          projectedProgress: progress, points: points.count))
    }

    /// Why a key result has no forecast.
    public enum NoForecast: Error, Hashable, Sendable {
        case noPeriod
        case tooFewCheckIns(Int)
        /// Every check-in in the period is on the same day: no line through them.
        case oneDay

        public var reason: String {
            switch self {
            case .noPeriod: "the objective has no period to forecast to"
            case .tooFewCheckIns(let n): n == 0 ? "no check-in inside the objective's period yet; a forecast needs two"
                : "only one check-in inside the objective's period; a forecast needs two"
            case .oneDay: "every check-in inside the objective's period is on the same day; a forecast needs two days"
            }
        }
    }
}
