import RoadmapCore

/// A feature's RICE inputs and score, formatted.
struct RiceView: ViewModel, Sendable {
    let reach: String
    let impact: String
    let confidence: String
    let effort: String
    /// Effort with its unit spelt out: "6 pm" read as a time of day.
    let effortText: String
    let score: String

    init(_ rice: RICE) {
        reach = Numbers.format(rice.reach)
        impact = Numbers.format(rice.impact)
        confidence = Numbers.percent(rice.confidence)
        effort = Numbers.format(rice.effort)
        effortText = effort + (rice.effort == 1 ? " person-month" : " person-months")
        score = rice.scoreText
    }

    func value(named name: String) -> Any? {
        switch name {
        case "reach": reach
        case "impact": impact
        case "confidence": confidence
        case "effort": effort
        case "effortText": effortText
        case "score": score
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(reach, impact, confidence, effort, score)
    }
}
