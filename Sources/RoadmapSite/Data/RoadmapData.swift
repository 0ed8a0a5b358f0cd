import RoadmapCore
import RoadmapHistory

/// `roadmap.json` for front ends other than the site (the MCP server): the document the site
/// writes, and its entries one at a time, made by the same code so that they cannot drift apart.
/// From git history come the key results' check-ins, forecasts and statuses; without it they
/// are empty and null, as in a site built without history.
public struct RoadmapData: Sendable {
    private let model: SiteModel
    private let rank: [ItemID: Int]

    /// Only `options.generatorVersion` reaches the document; the rest is the site's business.
    public init(roadmap: Roadmap, diagnostics: [Diagnostic], options: SiteOptions, history: RoadmapHistory? = nil) {
        let siteHistory = history.flatMap { SiteHistory($0, words: ChangeText(roadmap: roadmap)) }
        model = SiteModel(roadmap: roadmap, diagnostics: diagnostics, options: options, history: siteHistory)
        rank = RoadmapDocument.ranks(model)
    }

    /// The file's bytes, exactly as `roadmap build` writes `roadmap.json`.
    public var bytes: [UInt8] { RoadmapDocument.bytes(model) }

    /// A PRD's entry of `features`, or nil when the roadmap has no such PRD.
    public func feature(_ id: ItemID) -> JSONValue? {
        model.roadmap.feature(id).map { RoadmapDocument.feature($0, rank: rank[id]) }
    }

    /// An objective's entry of `objectives` (its key results with their progress), or nil.
    public func objective(_ id: ItemID) -> JSONValue? {
        model.roadmap.objective(id).map { RoadmapDocument.objective($0, outlooks: model.keyResultOutlooks) }
    }

    /// `{schemaVersion, objectives, coverage}` (`schemas/objectives.schema.json`): the entries of
    /// `objectives` as given (a selection may keep only some key results of an objective) and the
    /// whole roadmap's coverage. What the MCP `objectives` tool and `roadmap okrs --format json` print.
    public func objectivesDocument(_ objectives: [Objective]) -> JSONValue {
        .object([
            "schemaVersion": .integer(RoadmapDocument.schemaVersion),
            "objectives": .array(objectives.map { RoadmapDocument.objective($0, outlooks: model.keyResultOutlooks) }),
            "coverage": coverage,
        ])
    }

    /// The document's `coverage`: key results and objectives no PRD moves, PRDs that move none.
    public var coverage: JSONValue { RoadmapDocument.coverage(model.roadmap) }

    /// The version of the document's schema (`schemas/roadmap.schema.json`).
    public static var schemaVersion: Int { RoadmapDocument.schemaVersion }
}
