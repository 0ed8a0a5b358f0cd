/// One figure of `capacity` in `roadmap.yml`: what a team can do in a quarter, in person-months.
public struct CapacityEntry: Hashable, Sendable {
    public let team: String
    public let quarter: Quarter
    public let personMonths: Double
    /// The quarter's key in `roadmap.yml`, where an over-capacity warning points.
    public let location: SourceLocation
    /// The team's key, where a warning about the team itself points.
    public let teamLocation: SourceLocation

    public init(team: String, quarter: Quarter, personMonths: Double, location: SourceLocation, teamLocation: SourceLocation) {
        self.team = team
        self.quarter = quarter
        self.personMonths = personMonths
        self.location = location
        self.teamLocation = teamLocation
    }
}
