/// Intercom's prioritisation inputs. The score is reach x impact x confidence / effort.
public struct RICE: Hashable, Sendable, Codable {
    /// People or events per quarter, at least 0.
    public var reach: Double
    /// One of 3, 2, 1, 0.5, 0.25.
    public var impact: Double
    /// A fraction from 0 to 1 (`80%` in front matter is 0.8 here).
    public var confidence: Double
    /// Person-months, more than 0.
    public var effort: Double

    public static let impacts: [Double] = [3, 2, 1, 0.5, 0.25]

    public init(reach: Double, impact: Double, confidence: Double, effort: Double) {
        self.reach = reach
        self.impact = impact
        self.confidence = confidence
        self.effort = effort
    }

    public var score: Double { reach * impact * confidence / effort }
}
