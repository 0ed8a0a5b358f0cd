/// The compiled roadmap: every objective and feature, linked in both directions, sorted by id.
public struct Roadmap: Sendable {
    public var config: RoadmapConfig
    public var objectives: [Objective]
    public var features: [Feature]

    public init(config: RoadmapConfig, objectives: [Objective], features: [Feature]) {
        self.config = config
        self.objectives = objectives
        self.features = features
        objectiveIndex = Dictionary(objectives.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        featureIndex = Dictionary(features.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    private let objectiveIndex: [ItemID: Int]
    private let featureIndex: [ItemID: Int]

    public func objective(_ id: ItemID) -> Objective? { objectiveIndex[id].map { objectives[$0] } }
    public func feature(_ id: ItemID) -> Feature? { featureIndex[id].map { features[$0] } }

    /// Key results no feature moves, with their objective.
    public var uncoveredKeyResults: [(objective: Objective, keyResult: KeyResult)] {
        objectives.flatMap { objective in
            objective.keyResults.filter { $0.movedBy.isEmpty }.map { (objective, $0) }
        }
    }

    /// Objectives no feature moves, neither directly nor through a key result.
    public var uncoveredObjectives: [Objective] { objectives.filter { $0.movers.isEmpty } }

    /// Active features that move no OKR.
    public var orphanFeatures: [Feature] {
        features.filter { config.activeStatuses.contains($0.status) && $0.okrs.isEmpty }
    }

    /// Features ranked by RICE score, highest first; ties and features without RICE by id.
    public var backlog: [Feature] {
        features.sorted { a, b in
            switch (a.rice?.score, b.rice?.score) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.id < b.id
            }
        }
    }
}
