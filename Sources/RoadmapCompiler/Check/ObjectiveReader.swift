import RoadmapCore
import Yams

/// Reads an objective's front matter and its key results.
struct ObjectiveReader {
    static let fields = ["id", "title", "period", "owner", "key_results", "visibility"]
    static let keyResultFields = ["id", "title", "baseline", "target", "current", "unit", "confidence", "note"]

    /// The file's bytes, for the fixes of its diagnostics.
    var map: SourceMap? = nil

    func read(_ mapping: Node.Mapping, frontMatter: FrontMatter, body: Body, path: String) -> (ObjectiveDraft, [Diagnostic]) {
        let anchor = SourceLocation(path: path, line: 1, column: 1, length: 3)
        let fixes = map.map { FixBuilder(path: path, map: $0) }
        var r = FieldReader(mapping, known: Self.fields, subject: "objective", path: path,
                            lineOffset: frontMatter.yamlFirstLine - 1, anchor: anchor, fixes: fixes)
        var values = ValueChecks(path: path, fixes: fixes)
        let idText = r.text("id", required: true, example: Slug.make(FileName.stem(path)))
        let id = values.itemID(idText, fallbackFrom: path)
        let title = r.text("title", required: true, example: "Make checkout effortless")
        let period = r.text("period").flatMap { values.quarter($0, field: "period") }
        let owner = r.text("owner")
        let visibility = r.text("visibility").flatMap { values.visibility($0) }
        var keyResults: [KeyResult] = []
        var seen: [String: SourceLocation] = [:]
        var unreadable: [String: SourceLocation] = [:]
        for node in r.list("key_results", example: "`- id: kr1`") ?? [] {
            guard let kr = readKeyResult(node, outer: &r, values: &values) else {
                if let (slug, at) = Self.invalidID(node, reader: r), unreadable[slug] == nil { unreadable[slug] = at }
                continue
            }
            if let first = seen[kr.id] {
                values.report(Diagnostic(
                    .duplicateKeyResultID, "key result `\(kr.id)` is given twice in objective `\(id)`", at: kr.location,
                    help: "give each key result of an objective its own id (kr1, kr2, ...)",
                    notes: [.init("first given here", at: first)]))
                continue
            }
            seen[kr.id] = kr.location
            keyResults.append(kr)
        }
        var objective = Objective(id: id, title: title?.value ?? FileName.stem(path), period: period?.value,
                                  owner: owner?.value, keyResults: keyResults, body: body, path: path)
        objective.extra = ExtraFields.collect(r, known: Self.fields)
        objective.visibility = visibility ?? .default
        for prompt in PromptScan.scan(body, path: path) { values.report(prompt) }
        for kr in keyResults { unreadable[kr.id] = nil }
        return (ObjectiveDraft(objective: objective, idLocation: idText?.location ?? anchor, unreadableKeyResults: unreadable),
                r.diagnostics + values.diagnostics)
    }

    /// The id a key result with an invalid id would have (`KR1` -> `kr1`), and where it is written.
    private static func invalidID(_ node: Node, reader: FieldReader) -> (String, SourceLocation)? {
        guard let mapping = node.mapping,
              let value = mapping.first(where: { $0.key.scalar?.string == "id" })?.value, let text = value.scalar?.string else { return nil }
        let slug = Slug.make(text)
        guard !slug.isEmpty, ItemID.isValid(slug) else { return nil }
        return (slug, reader.valueLocation(value))
    }

    private func readKeyResult(_ node: Node, outer: inout FieldReader, values: inout ValueChecks) -> KeyResult? {
        let at = outer.location(of: node)
        guard let mapping = node.mapping else {
            outer.report(Diagnostic(.wrongType, "each key result must be a mapping with an id and a title", at: at,
                                    help: "write it like `- { id: kr1, title: ..., baseline: 62, target: 70 }`"))
            return nil
        }
        var r = FieldReader(mapping, known: Self.keyResultFields, subject: "key result", path: outer.path,
                            lineOffset: outer.lineOffset, anchor: at, fixes: outer.fixes)
        defer { outer.report(contentsOf: r.diagnostics) }
        guard let idText = r.text("id", required: true, example: "kr1") else { return nil }
        guard ItemID.isValid(idText.value) else {
            values.report(Diagnostic(.invalidID, "`\(idText.value)` is not a valid key-result id", at: idText.location,
                                     help: "use lower-case letters, digits and hyphens, like `kr1`"))
            return nil
        }
        let title = r.text("title", required: true, example: "Checkout conversion from 62% to 70%")
        if let title, title.value == TemplatePrompts.keyResultTitle {
            values.report(Diagnostic(
                .templatePrompt, "key result `\(idText.value)` still has the template's placeholder title", at: title.location,
                help: "say what is measured, like `title: Checkout conversion from 62% to 70%`, with its baseline and target"))
        }
        let baseline = r.number("baseline", example: "62")
        let target = r.number("target", example: "70")
        if let baseline, let target, baseline.value == target.value {
            values.report(Diagnostic(
                .targetEqualsBaseline, "key result `\(idText.value)` has its target equal to its baseline (\(RICEReader.format(target.value))), so it can never show progress",
                at: target.location, help: "set the target you aim for; below the baseline if the metric should fall",
                notes: [.init("baseline is given here", at: baseline.location)]))
        }
        let current = r.number("current", example: "64")?.value
        let unit = r.text("unit")?.value
        var confidence = r.number("confidence", example: "7")
        if let given = confidence, !(0...10).contains(given.value) {
            values.report(Diagnostic(
                .keyResultConfidenceOutOfRange,
                "key result `\(idText.value)` has confidence \(RICEReader.format(given.value)), outside 0 to 10", at: given.location,
                help: "give how sure you are of reaching the target from 0 (not at all) to 10 (certain), like `confidence: 7`"))
            confidence = nil
        }
        return KeyResult(id: idText.value, title: title?.value ?? idText.value, baseline: baseline?.value,
                         target: target?.value, current: current, unit: unit, confidence: confidence?.value,
                         note: r.text("note", example: "Survey wave 3 landed")?.value, location: idText.location)
    }
}
