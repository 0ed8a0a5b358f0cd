/// Draws the objectives and their key results.
enum ObjectivePlanner {
    static let verbs = ["Grow", "Reduce", "Improve", "Win", "Expand", "Modernize", "Scale", "Simplify", "Protect", "Accelerate"]

    static let areas = [
        "self-serve revenue", "checkout friction", "time to value", "enterprise readiness",
        "mobile engagement", "payment reliability", "seller success", "platform reliability",
        "search quality", "trust and safety", "international markets", "support efficiency",
        "developer adoption", "data quality", "small team retention", "workspace activation",
    ]

    static func make(_ index: Int, seed: UInt64, registry: inout IDRegistry) -> ObjectiveState {
        var rng = SplitMix64(seed, 1, UInt64(index))
        let title = "\(rng.pick(verbs)) \(rng.pick(areas))"
        // Most objectives belong to the 2026 planning cycle, Q3 above all.
        let period = QuarterIndex(year: 2026, number: [1, 2, 3, 3, 3, 4][rng.below(6)])
        let id = registry.claim("\(title) q\(period.number)")
        let kinds = rng.distinct(rng.within(2...5), below: MetricKind.all.count)
        let keyResults = kinds.map { keyResult(kind: $0, &rng) }
        return ObjectiveState(id: id, title: title, period: period, owner: Names.person(rng.below(120) * 5),
                              keyResults: keyResults, bodySeed: SplitMix64.mix([seed, 4, UInt64(index)]))
    }

    static func keyResult(kind: Int, _ rng: inout SplitMix64) -> ObjectiveState.KeyResultState {
        let metric = MetricKind.all[kind]
        func rounded(_ v: Int) -> Int { roundedIfWhole(v, unit: metric.unit) }
        let baseline = rounded(rng.within(metric.baseline))
        let step = max(roundingStep(metric.unit), baseline * rng.within(10...40) / 100)
        var target = metric.decreasing ? max(0, baseline - step) : min(metric.ceiling, baseline + step)
        if rounded(target) == baseline { target = metric.decreasing ? baseline + step : baseline - step }
        target = rounded(target)
        let progress = rng.within(-10...110)
        let current = max(0, rounded(baseline + (target - baseline) * progress / 100))
        return .init(kind: kind, title: metric.title, baseline: baseline, target: target, current: current, unit: metric.unit)
    }

    /// Moves a key result's current value a little, as a weekly check-in would.
    static func checkIn(_ kr: inout ObjectiveState.KeyResultState, _ rng: inout SplitMix64) {
        let span = kr.target - kr.baseline
        let move = span * rng.within(-5...15) / 100
        let step = roundingStep(kr.unit)
        kr.current = max(0, roundedIfWhole(kr.current + (move == 0 ? (span > 0 ? step : -step) : move), unit: kr.unit))
    }

    /// The granularity values are written at, in tenths: counts of users and accounts to the
    /// hundred as dashboards report them, milliseconds and hours whole, the rest to one decimal.
    static func roundingStep(_ unit: String) -> Int {
        switch unit {
        case "users", "accounts": 1000
        case "ms", "hours": 10
        default: 1
        }
    }

    static func roundedIfWhole(_ tenths: Int, unit: String) -> Int {
        let step = roundingStep(unit)
        return (tenths + step / 2) / step * step
    }
}
