/// One objective as the generator tracks it between commits.
struct ObjectiveState: Sendable {
    struct KeyResultState: Sendable {
        var kind: Int
        var title: String
        var baseline: Int
        var target: Int
        var current: Int
        var unit: String
    }

    var id: String
    var title: String
    var period: QuarterIndex
    var owner: String
    var keyResults: [KeyResultState]
    var bodySeed: UInt64

    var path: String { "okrs/\(id).md" }

    /// A phrase such as `p95 page load time from 1200 to 800 ms`, for PRD success metrics.
    func metricPhrase(_ kr: Int) -> String {
        guard keyResults.indices.contains(kr) else { return title.lowercased() }
        let result = keyResults[kr]
        let unit = result.unit == "%" ? "%" : " \(result.unit)"
        return "\(result.title.lowercased()) from \(Tenths.text(result.baseline))\(unit) to \(Tenths.text(result.target))\(unit)"
    }
}
