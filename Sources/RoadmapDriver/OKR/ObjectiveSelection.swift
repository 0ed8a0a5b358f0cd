import RoadmapCompiler
import RoadmapCore

/// Which objectives and key results a front end asked about (`roadmap okrs ID`, the MCP
/// `objectives` tool): all, one objective, or one key result (`objective/kr`), optionally of one
/// period. One place, so the CLI and the assistant reject and suggest alike.
public struct ObjectiveSelection: Sendable {
    public var reference: String?
    public var period: Quarter?

    public init(reference: String? = nil, period: Quarter? = nil) {
        self.reference = reference
        self.period = period
    }

    /// Why nothing could be selected: a message that names what the roadmap has.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The chosen objectives, each with only the chosen key results, in the roadmap's order.
    /// An id the roadmap does not have is a failure with the closest one; a period that matches
    /// nothing is not (the answer is empty).
    public func apply(to roadmap: Roadmap) throws(Failure) -> [Objective] {
        var chosen = roadmap.objectives.filter { o in period.map { o.period == $0 } ?? true }
        guard let reference else { return chosen }
        let parts = reference.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let objectiveIDs = roadmap.objectives.map(\.id.rawValue)
        guard let objective = ItemID(parts[0]).flatMap(roadmap.objective) else {
            var message = "no objective with id `\(parts[0])`"
            if let guess = Suggestion.closest(to: parts[0], among: objectiveIDs) { message += "; did you mean `\(guess)`?" }
            throw Failure(description: message + (objectiveIDs.isEmpty ? " (the roadmap has none)" : "; the objectives are \(objectiveIDs.joined(separator: ", "))"))
        }
        chosen = chosen.filter { $0.id == objective.id }
        guard parts.count == 2 else { return chosen }
        let krIDs = objective.keyResults.map(\.id)
        guard krIDs.contains(parts[1]) else {
            var message = "objective `\(objective.id)` has no key result `\(parts[1])`"
            if let guess = Suggestion.closest(to: parts[1], among: krIDs) { message += "; did you mean `\(objective.id)/\(guess)`?" }
            throw Failure(description: message + (krIDs.isEmpty ? " (it has none)" : "; its key results are \(krIDs.joined(separator: ", "))"))
        }
        return chosen.map { o in
            var kept = o
            kept.keyResults = o.keyResults.filter { $0.id == parts[1] }
            return kept
        }
    }
}
