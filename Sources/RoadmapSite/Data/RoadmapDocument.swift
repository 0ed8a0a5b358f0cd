import RoadmapCore
import RoadmapHistory

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
            "objectives": .array(r.objectives.map { objective($0, outlooks: model.keyResultOutlooks) }),
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

    /// `outlooks`: each key result's check-ins, forecast and status from git (by `objective/kr`);
    /// nil without history, when they are empty and null.
    static func objective(_ o: Objective, outlooks: [String: KeyResultOutlook]? = nil) -> JSONValue {
        let status = OKRStatus.of(objective: o.keyResults.map { outlooks?["\(o.id)/\($0.id)"]?.status })
        return .object([
            "id": .string(o.id.rawValue), "title": .string(o.title), "period": o.period.map { .string($0.description) },
            "owner": o.owner.map(JSONValue.string), "path": .string(o.path), "url": .string(SitePath.objective(o.id.rawValue)),
            "hasErrors": .bool(o.hasErrors), "movedBy": .strings(o.movedBy.map(\.rawValue)),
            "status": status.map { .string($0.rawValue) },
            "keyResults": .array(o.keyResults.map { kr in
                let outlook = outlooks?["\(o.id)/\(kr.id)"]
                return .object([
                    "id": .string(kr.id), "ref": .string("\(o.id)/\(kr.id)"), "title": .string(kr.title),
                    "baseline": kr.baseline.map(JSONValue.number), "target": kr.target.map(JSONValue.number),
                    "current": kr.current.map(JSONValue.number), "unit": kr.unit.map(JSONValue.string),
                    "progress": kr.progress.map(JSONValue.number),
                    "direction": .string(kr.isDecreasing ? "decrease" : "increase"),
                    "movedBy": .strings(kr.movedBy.map(\.rawValue)),
                    "confidence": kr.confidence.map(JSONValue.number), "note": kr.note.map(JSONValue.string),
                    "checkins": .array((outlook?.checkIns ?? []).map(checkIn)),
                    "forecast": outlook?.forecast.map(forecast),
                    "noForecastReason": .string(outlook.map { $0.noForecastReason ?? "" } ?? "no git history to read check-ins from"),
                    "status": outlook?.status.map { .string($0.rawValue) },
                ])
            }),
            "extra": extra(o.extra),
        ])
    }

    static func checkIn(_ c: KeyResultCheckIn) -> JSONValue {
        .object([
            "day": .string(c.day.description), "commit": .string(c.commit.id), "author": .string(c.commit.authorName),
            "value": c.value.map(JSONValue.number), "confidence": c.confidence.map(JSONValue.number), "note": c.note.map(JSONValue.string),
        ])
    }

    static func forecast(_ f: KeyResultForecast) -> JSONValue {
        .object([
            "start": .string(f.start.description), "end": .string(f.end.description), "points": .integer(f.points),
            "slopePerDay": .number(f.slope), "startValue": .number(f.intercept), "projected": .number(f.projected),
            "percentOfTarget": f.percentOfTarget.map(JSONValue.number),
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
