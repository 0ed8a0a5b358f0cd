/// What one document is about, so its sentences stay on one feature, persona and team.
struct Topic: Sendable {
    var title: String
    var feature: String
    var persona: String
    var system: String
    var team: String
    /// Metric phrases of the key results the document moves, for success-metric sentences.
    var metrics: [String]
}
