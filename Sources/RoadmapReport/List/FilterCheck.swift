import Foundation
import RoadmapCore

/// A `roadmap list` filter value that matches nothing the roadmap has (`--team paymnts`): an
/// error, like an unknown status, rather than an empty list that looks like an answer.
public struct UnknownFilterValue: Sendable, Hashable, CustomStringConvertible {
    /// A sentence naming the option, the value, a likely intended value and the known values.
    public var description: String
}

extension FeatureQuery {
    /// Every filter value of the query that the roadmap does not know, in option order.
    /// `suggest` picks the likely intended one among candidates (the compiler's "did you mean").
    public func unknownValues(in roadmap: Roadmap, suggest: (String, [String]) -> String?) -> [UnknownFilterValue] {
        var found: [UnknownFilterValue] = []
        func report(_ option: String, _ value: String, kind: String, known: [String]) {
            var text = "--\(option) \(value) \(kind) of this roadmap"
            if let guess = suggest(value, known) { text += "; did you mean `\(guess)`?" }
            text += known.isEmpty ? " (it has none)" : (text.hasSuffix("?") ? " use" : "; use") + " one of \(known.joined(separator: ", "))"
            found.append(UnknownFilterValue(description: text))
        }
        let workflow = roadmap.config.statuses
        for s in statuses where !workflow.contains(s) { report("status", s, kind: "is not a status", known: workflow) }
        let teams = Self.distinct(roadmap.features.compactMap(\.team))
        for t in self.teams where !teams.contains(where: { same($0, t) }) { report("team", t, kind: "is not a team", known: teams) }
        let owners = Self.distinct(roadmap.features.map(\.owner))
        for o in self.owners where !owners.contains(where: { $0.range(of: o, options: .caseInsensitive) != nil }) {
            report("owner", o, kind: "matches no owner", known: owners)
        }
        let tags = Self.distinct(roadmap.features.flatMap(\.tags))
        for t in self.tags where !tags.contains(where: { same($0, t) }) { report("tag", t, kind: "is not a tag", known: tags) }
        for reference in okrs {
            guard let objective = roadmap.objective(reference.objective) else {
                report("okr", reference.description, kind: "is not an objective", known: roadmap.objectives.map(\.id.rawValue))
                continue
            }
            if let kr = reference.keyResult, objective.keyResult(kr) == nil {
                let krs = objective.keyResults.map { "\(objective.id)/\($0.id)" }
                report("okr", reference.description, kind: "is not a key result", known: krs)
            }
        }
        if let score = scoreSort, roadmap.config.score(named: score) == nil {
            report("sort", score, kind: "is neither an order nor a score", known: FeatureSort.allCases.map(\.rawValue) + roadmap.config.scores.map(\.name))
        }
        return found
    }

    private func same(_ a: String, _ b: String) -> Bool { a.caseInsensitiveCompare(b) == .orderedSame }

    /// Sorted, each value once whatever its case (`Web` and `web` are one tag to the filter).
    private static func distinct(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.sorted().filter { seen.insert($0.lowercased()).inserted }
    }
}
