/// How a key result's metric moves over the demo's weeks: a share of the way from baseline to
/// target by the last week (`pace`, below 1 misses, above 1 beats it), eased in, with noise.
struct DemoKeyResultPath {
    var pace: Double
    /// Largest weekly wobble, in the metric's unit.
    var noise: Double
    /// Values are rounded to this step (`0.1`, `1`, `500`).
    var step: Double
    /// The week of the first check-in.
    var firstWeek: Int = 1

    func value(_ kr: DemoKeyResult, week: Int, of weeks: Int, rng: inout SplitMix64) -> Double {
        let t = min(1, max(0, Double(week - firstWeek) / Double(max(1, weeks - firstWeek))))
        let eased = t * t * (3 - 2 * t) * 0.6 + t * 0.4
        let wobble = (Double(rng.within(-1000...1000)) / 1000) * noise
        let raw = kr.baseline + (kr.target - kr.baseline) * pace * eased + wobble
        return (raw / step).rounded() * step
    }
}
