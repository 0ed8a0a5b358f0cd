import RoadmapCore
import Yams

/// Reads `capacity` in `roadmap.yml`: `{team: {YYYY-Qn: person-months}}`.
enum CapacityConfigReader {
    static func read(_ capacity: Node.Mapping, reader r: inout FieldReader) -> [CapacityEntry] {
        var entries: [CapacityEntry] = []
        for (teamNode, quarters) in UniqueEntries.of(capacity, subject: "`capacity` mapping", reader: &r) {
            let team = teamNode.scalar?.string.trimmedSpace() ?? ""
            let teamAt = r.valueLocation(teamNode)
            guard let mapping = quarters.mapping else {
                r.report(Diagnostic(.invalidCapacity, "the capacity of team `\(team)` must map quarters to person-months",
                                    at: FieldReader.isNull(quarters) ? teamAt : r.valueLocation(quarters),
                                    help: "write it like `\(team): { 2026-Q3: 12, 2026-Q4: 10 }`"))
                continue
            }
            for (quarterNode, value) in UniqueEntries.of(mapping, subject: "team's capacity", reader: &r) {
                let text = quarterNode.scalar?.string ?? ""
                let at = r.valueLocation(quarterNode)
                guard let quarter = Quarter(text.trimmedSpace()) else {
                    r.report(Diagnostic(.invalidCapacity, "`\(text)` in the capacity of team `\(team)` is not a quarter",
                                        at: at, help: "write quarters as YYYY-Qn, like `2026-Q3`"))
                    continue
                }
                guard let scalar = value.scalar, !FieldReader.isNull(value), let number = FieldReader.parseNumber(scalar.string), number >= 0 else {
                    let shown = value.scalar.map { "`\($0.string)`" } ?? (value.sequence != nil ? "a list" : "a mapping")
                    r.report(Diagnostic(.invalidCapacity,
                                        "the capacity of team `\(team)` in \(quarter) must be a number of person-months, 0 or more, not \(shown)",
                                        at: FieldReader.isNull(value) ? at : r.valueLocation(value), help: "write it like `\(quarter): 12`"))
                    continue
                }
                entries.append(CapacityEntry(team: team, quarter: quarter, personMonths: number, location: at, teamLocation: teamAt))
            }
        }
        return entries
    }
}
