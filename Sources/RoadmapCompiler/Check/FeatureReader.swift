import RoadmapCore
import Yams

/// Reads a PRD's front matter into a `FeatureDraft`, checking each field on its own.
/// Checks that need other files (ids, links, cycles) belong to the linker.
struct FeatureReader {
    static let fields = ["id", "title", "status", "owner", "team", "quarter", "horizon", "start", "due",
                         "okrs", "depends_on", "rice", "tags", "visibility"]

    let config: RoadmapConfig
    /// The `owner` offered when there is none: git's user name when the caller knows it.
    var ownerExample: String? = nil
    /// The file's bytes, for the fixes of its diagnostics.
    var map: SourceMap? = nil

    func read(_ mapping: Node.Mapping, frontMatter: FrontMatter, body: Body, path: String) -> (FeatureDraft, [Diagnostic]) {
        let fixes = map.map { FixBuilder(path: path, map: $0) }
        let anchor = SourceLocation(path: path, line: 1, column: 1, length: 3)
        // A declared score's inputs are a PRD's field like `rice`.
        let known = config.scores.isEmpty ? Self.fields : Self.fields + config.scores.map(\.name)
        var r = FieldReader(mapping, known: known, subject: "PRD", path: path,
                            lineOffset: frontMatter.yamlFirstLine - 1, anchor: anchor, fixes: fixes)
        var values = ValueChecks(path: path, fixes: fixes)

        let idText = r.text("id", required: true, example: Slug.make(FileName.stem(path)))
        let id = values.itemID(idText, fallbackFrom: path)
        // The title offered is the one the body's heading already gives, not somebody else's.
        let heading = body.headings.first { $0.level == 1 }?.text
        let title = r.text("title", required: true, example: heading.map { YAMLScalarText.render($0, style: .plain) } ?? "One-page checkout")
        let owner = r.text("owner", required: true, example: ownerExample ?? "Sam Lee")
        let status = r.text("status", required: true, example: config.statuses.first ?? "idea")
        if let status {
            values.status(status, workflow: config.statuses)
            for field in config.requires[status.value] ?? [] where !r.has(field) {
                values.report(WorkflowRules.missing(field, status: status.value, id: idText?.value, at: status.location))
            }
        }
        let quarter = r.text("quarter").flatMap { values.quarter($0) }
        let horizon = r.text("horizon").flatMap { values.horizon($0) }
        if quarter != nil, horizon != nil, let key = r.keyLocation("horizon") {
            values.report(Diagnostic(.quarterAndHorizon, "this PRD gives both a quarter and a horizon", at: key,
                                     help: "keep one: a quarter when it is scheduled, a horizon when it is not yet"))
        }
        let start = r.text("start").flatMap { values.date($0, field: "start") }
        let due = r.text("due").flatMap { values.date($0, field: "due") }
        if let start, let due, due.value < start.value {
            values.report(Diagnostic(
                .dueBeforeStart, "`due` (\(due.value)) is before `start` (\(start.value))", at: due.location,
                help: "move `due` on or after \(start.value), or correct `start`",
                notes: [.init("start is given here", at: start.location)]))
        }
        let okrs = r.textList("okrs", example: "grow-checkout/kr1")
        let dependencies = r.textList("depends_on", example: "saved-cards")
        let tags = r.textList("tags", example: "checkout").map(\.value)
        let team = r.text("team")
        let visibility = r.text("visibility").flatMap { values.visibility($0) }
        let isDone = status.map { config.doneStatuses.contains($0.value) } ?? false
        let rice = r.mapping("rice", example: "{ reach: 40000, impact: 2, confidence: 80%, effort: 3 }")
            .flatMap { RICEReader.read($0.0, at: $0.1, reader: &r, values: &values, expectEstimates: !isDone) }
        var scores: [String: Double] = [:]
        for score in config.scores {
            guard let (inputs, at) = r.mapping(score.name, example: ScoreInputsReader.example(score)) else { continue }
            if let value = ScoreInputsReader.read(inputs, at: at, score: score, reader: &r, values: &values) { scores[score.name] = value }
        }
        let statusLocation = status?.location ?? anchor
        if r.node("rice") == nil, let status, config.statuses.contains(status.value),
           !config.doneStatuses.contains(status.value) {
            values.report(Diagnostic(
                .missingRICE, "this PRD has status `\(status.value)` but no RICE inputs to rank it", at: statusLocation,
                help: "add `rice: { reach: 1000, impact: 1, confidence: 50%, effort: 2 }` with your estimates"))
        }
        values.requiredSections(config.requiredSections, in: body, after: frontMatter.bodyFirstLine - 1)
        for prompt in PromptScan.scan(body, path: path) { values.report(prompt) }

        var feature = Feature(
            id: id, title: title?.value ?? FileName.stem(path), status: status?.value ?? "",
            owner: owner?.value ?? "", team: team?.value, quarter: quarter?.value, horizon: horizon?.value,
            start: start?.value, due: due?.value, rice: rice, tags: tags, body: body, path: path)
        feature.scores = scores
        feature.visibility = visibility ?? .default
        feature.extra = ExtraFields.collect(r, known: known)
        let draft = FeatureDraft(feature: feature, idLocation: idText?.location ?? anchor,
                                 okrReferences: okrs, dependencies: dependencies, statusLocation: statusLocation,
                                 dueLocation: due?.location,
                                 okrsUnreadable: r.node("okrs").map { ($0.sequence?.count ?? -1) != okrs.count } ?? false)
        return (draft, r.diagnostics + values.diagnostics)
    }
}
