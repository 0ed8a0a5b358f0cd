import Foundation
import RoadmapCore

extension RoadmapDocument {
    init(_ model: SiteModel) {
        let r = model.roadmap
        let ranks = Dictionary(model.backlog.enumerated().map { (r.features[$1].id, $0 + 1) }, uniquingKeysWith: { a, _ in a })
        schemaVersion = RoadmapDocument.schemaVersion
        generator = model.options.generatorVersion
        title = r.config.title
        config = Config(statuses: r.config.statuses, activeStatuses: r.config.activeStatuses, doneStatuses: r.config.doneStatuses)
        objectives = r.objectives.map { o in
            ObjectiveRecord(
                id: o.id.rawValue, title: o.title, period: o.period?.description, owner: o.owner, path: o.path,
                url: SitePath.objective(o.id.rawValue), hasErrors: o.hasErrors, movedBy: o.movedBy.map(\.rawValue),
                keyResults: o.keyResults.map { kr in
                    KeyResultRecord(
                        id: kr.id, ref: "\(o.id)/\(kr.id)", title: kr.title, baseline: kr.baseline, target: kr.target,
                        current: kr.current, unit: kr.unit, progress: kr.progress,
                        direction: kr.isDecreasing ? "decrease" : "increase", movedBy: kr.movedBy.map(\.rawValue))
                },
                extra: o.extra)
        }
        features = r.features.map { f in
            FeatureRecord(
                id: f.id.rawValue, title: f.title, status: f.status, owner: f.owner, team: f.team,
                quarter: f.quarter?.description, horizon: f.horizon?.rawValue, start: f.start?.description,
                due: f.due?.description, okrs: f.okrs.map(\.description), dependsOn: f.dependsOn.map(\.rawValue),
                dependents: f.dependents.map(\.rawValue),
                rice: f.rice.map { Rice(reach: $0.reach, impact: $0.impact, confidence: $0.confidence, effort: $0.effort, score: $0.score) },
                rank: ranks[f.id] ?? 0, tags: f.tags, path: f.path, url: SitePath.feature(f.id.rawValue),
                hasErrors: f.hasErrors, extra: f.extra)
        }
        backlog = model.backlog.map { r.features[$0].id.rawValue }
        coverage = Coverage(
            uncoveredKeyResults: r.uncoveredKeyResults.map { "\($0.objective.id)/\($0.keyResult.id)" },
            uncoveredObjectives: r.uncoveredObjectives.map(\.id.rawValue),
            orphanFeatures: r.orphanFeatures.map(\.id.rawValue))
        diagnostics = model.diagnostics.map { d in
            DiagnosticRecord(code: d.code.rawValue, name: d.code.name, severity: d.severity.rawValue, message: d.message,
                             location: d.location, help: d.help, notes: d.notes)
        }
        summary = Summary(features: r.features.count, objectives: r.objectives.count,
                          errors: model.site.errorCount, warnings: model.site.warningCount)
    }

    /// Sorted keys and a fixed float format: the same roadmap always gives the same bytes.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }
}
