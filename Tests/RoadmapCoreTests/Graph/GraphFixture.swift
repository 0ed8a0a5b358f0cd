import RoadmapCore

/// Hand-made roadmaps for the graph analyses: PRDs written as one call each.
enum GraphFixture {
    static func prd(_ id: String, _ status: String = "planned", due: String? = nil, start: String? = nil,
                    quarter: String? = nil, effort: Double? = nil, team: String? = nil, on deps: [String] = []) -> Feature {
        Feature(id: ItemID(id)!, title: "Title of \(id)", status: status, owner: "o", team: team, quarter: quarter.flatMap(Quarter.init),
                start: start.flatMap { CalendarDate(iso: $0) }, due: due.flatMap { CalendarDate(iso: $0) },
                dependsOn: deps.map { ItemID($0)! },
                rice: effort.map { RICE(reach: 1, impact: 1, confidence: 1, effort: $0) }, path: "prds/\(id).md")
    }

    static func graph(_ features: Feature...) -> WorkGraph {
        WorkGraph(Roadmap(config: RoadmapConfig(), objectives: [], features: features.sorted { $0.id < $1.id }))
    }

    static func ids(_ path: CriticalPath?) -> [String] { path?.steps.map(\.id.rawValue) ?? [] }

    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
}
