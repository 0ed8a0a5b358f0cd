import RoadmapCore

/// Capacity against the plan: a team in `capacity` that no PRD has (RM816), and each team and
/// quarter whose committed effort is above its capacity (RM817), at its entry in `roadmap.yml`.
/// Run on the linked roadmap: the sums read every PRD of a team.
enum CapacityCheck {
    /// Shares named in an over-capacity message before "and N more".
    static let namedShares = 5

    static func check(_ roadmap: Roadmap) -> [Diagnostic] {
        let config = roadmap.config
        guard !config.capacity.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        let teams = Set(roadmap.features.compactMap(\.team))
        var warned = Set<String>()
        for entry in config.capacity where !teams.contains(entry.team) && warned.insert(entry.team).inserted {
            var help = "use a team a PRD names in its `team`, or remove the entry"
            if let guess = Suggestion.closest(to: entry.team, among: teams.sorted()) { help = "did you mean `\(guess)`?" }
            diagnostics.append(Diagnostic(.unknownCapacityTeam, "no PRD belongs to team `\(entry.team)`", at: entry.teamLocation, help: help))
        }
        for cell in CapacityPlan(features: roadmap.features, config: config).cells where cell.isOver {
            let named = cell.shares.prefix(namedShares).map { "`\($0.feature)` \(DecimalText.format($0.personMonths))" }
            let more = cell.shares.count - named.count
            let list = named.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
            diagnostics.append(Diagnostic(
                .overCapacity,
                "team `\(cell.team)` has \(DecimalText.format(cell.committed)) person-months committed in \(cell.quarter), over its capacity of \(DecimalText.format(cell.capacity)): \(list)",
                at: cell.entry.location,
                help: "move work to another quarter, cut scope, or raise the capacity if the team grew"))
        }
        return diagnostics
    }
}
