import RoadmapCompiler
import RoadmapCore
import RoadmapHistory
import RoadmapSite

/// The `show` tool's answer: one PRD or objective with everything an assistant asks about it,
/// built from the documents the project already writes, not a second shape of them.
///
/// `{schemaVersion, kind, item, body, links, history, diagnostics}`: `item` is the entry
/// `roadmap.json` has for it (PRDs with rank and dependents, objectives with key-result
/// progress); `body` its Markdown; `links` the items it names or is named by, with their titles
/// and statuses; `history` the item summary of `roadmap log --format json` (null without git
/// history); `diagnostics` the problems of its file, as `check` reports them.
enum ShowDocument {
    static let schemaVersion = 1

    enum Kind: String { case feature, objective }

    struct Parts {
        var kind: Kind
        var item: JSONValue
        var body: String
        var links: JSONValue
        var history: ItemHistory?
        var diagnostics: [Diagnostic]
    }

    static func render(_ parts: Parts) -> String {
        var j = JSONWriter(.indented)
        j.beginObject()
        j.integer(schemaVersion, key: "schemaVersion")
        j.string(parts.kind.rawValue, key: "kind")
        parts.item.write(into: &j, key: "item")
        j.string(parts.body, key: "body")
        parts.links.write(into: &j, key: "links")
        if let history = parts.history { HistoryJSON.write(history, key: "history", into: &j) } else { j.null(key: "history") }
        JSONValue.array(parts.diagnostics.map { $0.json() }).write(into: &j, key: "diagnostics")
        j.endObject()
        return j.text
    }

    /// A PRD's links: the objectives and key results it moves, the PRDs it depends on and those
    /// that depend on it.
    static func links(of feature: Feature, in roadmap: Roadmap) -> JSONValue {
        .object([
            "okrs": .array(feature.okrs.map { reference in
                let objective = roadmap.objective(reference.objective)
                let keyResult = reference.keyResult.flatMap { objective?.keyResult($0) }
                return .object([
                    "ref": .string(reference.description), "objective": .string(reference.objective.rawValue),
                    "objectiveTitle": objective.map { .string($0.title) },
                    "keyResult": reference.keyResult.map(JSONValue.string),
                    "keyResultTitle": keyResult.map { .string($0.title) },
                    "progress": keyResult?.progress.map(JSONValue.number),
                ])
            }),
            "dependsOn": .array(feature.dependsOn.map { summary($0, in: roadmap) }),
            "dependents": .array(feature.dependents.map { summary($0, in: roadmap) }),
        ])
    }

    /// An objective's links: the PRDs that move it or its key results, with what each moves.
    static func links(of objective: Objective, in roadmap: Roadmap) -> JSONValue {
        .object([
            "movedBy": .array(objective.movers.sorted().map { id in
                var moves = objective.movedBy.contains(id) ? [objective.id.rawValue] : []
                moves += objective.keyResults.filter { $0.movedBy.contains(id) }.map { "\(objective.id)/\($0.id)" }
                guard case .object(var fields) = summary(id, in: roadmap) else { return summary(id, in: roadmap) }
                fields.append(("moves", .strings(moves)))
                return .object(fields)
            }),
        ])
    }

    /// `{id, title, status, path}` of a PRD; title, status and path null for an id the roadmap lacks.
    static func summary(_ id: ItemID, in roadmap: Roadmap) -> JSONValue {
        let feature = roadmap.feature(id)
        return .object([
            "id": .string(id.rawValue), "title": feature.map { .string($0.title) },
            "status": feature.map { .string($0.status) }, "path": feature.map { .string($0.path) },
        ])
    }
}
