import RoadmapCore

/// `roadmap.json`: the compiled roadmap for other tools, described by `schemas/roadmap.schema.json`.
///
/// `{schemaVersion, generator, title, config, objectives[], features[], backlog[], coverage,
/// diagnostics[], summary}`; unset values are `null`. Fields are only ever added within a version.
enum RoadmapDocument {
    static let schemaVersion = 2

    /// The file as the site writes it: compact, with a final newline.
    static func bytes(_ model: SiteModel) -> [UInt8] { build(model).compactBytes + [0x0A] }

    /// Each open PRD's place in the backlog, from 1; closed work has none.
    static func ranks(_ model: SiteModel) -> [ItemID: Int] {
        var rank = [ItemID: Int]()
        for (position, index) in model.backlog.prefix(model.openCount).enumerated() { rank[model.roadmap.features[index].id] = position + 1 }
        return rank
    }

    static func build(_ model: SiteModel) -> JSONValue {
        let r = model.roadmap
        let rank = ranks(model)
        return .object([
            "schemaVersion": .integer(schemaVersion),
            "generator": .string(model.options.generatorVersion),
            "title": .string(r.config.title),
            "config": .object([
                "statuses": .strings(r.config.statuses),
                "activeStatuses": .strings(r.config.activeStatuses),
                "doneStatuses": .strings(r.config.doneStatuses),
                "scores": .array(r.config.scores.map { score in
                    .object([
                        "name": .string(score.name), "label": .string(score.label), "formula": .string(score.formulaText),
                        "inputs": .object(score.inputs.map { ($0.name, JSONValue.array([.number($0.range.lowerBound), .number($0.range.upperBound)])) }),
                        "url": .string(SitePath.scoreBacklog(score.name)),
                    ])
                }),
            ]),
            "objectives": .array(r.objectives.map(objective)),
            "features": .array(r.features.map { feature($0, rank: rank[$0.id]) }),
            "backlog": .strings(model.backlog.map { r.features[$0].id.rawValue }),
            "coverage": coverage(r),
            "diagnostics": .array(model.diagnostics.map { $0.json() }),
            "summary": .object([
                "features": .integer(r.features.count),
                "objectives": .integer(r.objectives.count),
                "errors": .integer(model.site.errorCount),
                "warnings": .integer(model.site.warningCount),
            ]),
        ])
    }

    static func coverage(_ r: Roadmap) -> JSONValue {
        .object([
            "uncoveredKeyResults": .strings(r.uncoveredKeyResults.map { "\($0.objective.id)/\($0.keyResult.id)" }),
            "uncoveredObjectives": .strings(r.uncoveredObjectives.map(\.id.rawValue)),
            "orphanFeatures": .strings(r.orphanFeatures.map(\.id.rawValue)),
        ])
    }

    static func objective(_ o: Objective) -> JSONValue {
        .object([
            "id": .string(o.id.rawValue), "title": .string(o.title), "period": o.period.map { .string($0.description) },
            "owner": o.owner.map(JSONValue.string), "path": .string(o.path), "url": .string(SitePath.objective(o.id.rawValue)),
            "hasErrors": .bool(o.hasErrors), "movedBy": .strings(o.movedBy.map(\.rawValue)),
            "keyResults": .array(o.keyResults.map { kr in
                .object([
                    "id": .string(kr.id), "ref": .string("\(o.id)/\(kr.id)"), "title": .string(kr.title),
                    "baseline": kr.baseline.map(JSONValue.number), "target": kr.target.map(JSONValue.number),
                    "current": kr.current.map(JSONValue.number), "unit": kr.unit.map(JSONValue.string),
                    "progress": kr.progress.map(JSONValue.number),
                    "direction": .string(kr.isDecreasing ? "decrease" : "increase"),
                    "movedBy": .strings(kr.movedBy.map(\.rawValue)),
                ])
            }),
            "extra": extra(o.extra),
        ])
    }

    /// `rank` is nil for closed work (done or dropped): only open work is ranked.
    static func feature(_ f: Feature, rank: Int?) -> JSONValue {
        .object(f.jsonFields + [
            ("dependents", .strings(f.dependents.map(\.rawValue))), ("rank", rank.map(JSONValue.integer) ?? .null),
            ("url", .string(SitePath.feature(f.id.rawValue))), ("extra", extra(f.extra)),
        ])
    }

    static func extra(_ fields: [String: String]) -> JSONValue { .sorted(fields) }
}
