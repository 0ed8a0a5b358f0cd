import RoadmapCore

/// One value to set on a PRD, an objective or a key result, as a person asks for it:
/// `roadmap set saved-cards due 2026-09-30`, `roadmap set grow-checkout/kr1 current 66`.
public struct ItemEdit: Hashable, Sendable {
    /// A PRD or objective id, or `objective-id/kr-id` for a key result.
    public var target: String
    /// A field name; `rice.reach` for a RICE input.
    public var field: String
    public var value: String

    public init(target: String, field: String, value: String) {
        self.target = target
        self.field = field
        self.value = value
    }
}

/// A planned edit: the file's change and, per field, the value it had (nil when it was not set).
public struct PlannedItemEdit: Sendable {
    public var change: FileChange
    public var updates: [(field: String, old: String?, new: String)]
}

/// Turns item edits into the change of one file, checked as `check` checks: the item found by
/// its id, the field one that can be set in place, the value written where the old one was,
/// and the roadmap compiled with the change, which is refused if it brings a new error.
public enum ItemEditPlanner {
    static let prdFields = ["status", "title", "owner", "team", "quarter", "horizon", "start", "due",
                            "rice.reach", "rice.impact", "rice.confidence", "rice.effort"]
    static let objectiveFields = ["title", "owner", "period"]
    static let keyResultFields = ["current", "target", "baseline", "title", "unit"]
    static let numericFields: Set<String> = ["rice.reach", "rice.impact", "rice.effort", "current", "target", "baseline"]

    /// The change that makes `edits` (all on one target), or the diagnostics that refuse it.
    /// A status change is also checked against the workflow's `transitions`.
    public static func plan(_ edits: [ItemEdit], in compilation: Compilation, session: some EditContext) throws(EditRefusal) -> PlannedItemEdit {
        guard let target = edits.first?.target else { throw EditRefusal(.cannotEdit, "nothing to change", at: nil) }
        let roadmap = compilation.roadmap
        let (objectiveID, keyResultID) = split(target)
        try ambiguity(objectiveID, in: compilation)
        let path: String
        var prefix: [FrontMatterEditor.Step] = []
        var allowed: [String]
        var order: [String]
        var feature: Feature? = nil
        if let keyResultID {
            guard let objective = roadmap.objectives.first(where: { $0.id.rawValue == objectiveID }) else { throw unknown(target, in: roadmap) }
            guard objective.keyResults.contains(where: { $0.id == keyResultID }) else {
                var help = "key results of `\(objectiveID)`: \(objective.keyResults.map(\.id).joined(separator: ", "))"
                if let guess = Suggestion.closest(to: keyResultID, among: objective.keyResults.map(\.id)) { help = "did you mean `\(objectiveID)/\(guess)`? " + help }
                throw EditRefusal(.unknownItem, "objective `\(objectiveID)` has no key result `\(keyResultID)`", at: nil, help: help)
            }
            path = objective.path
            prefix = [.key("key_results"), .entry(id: keyResultID)]
            allowed = keyResultFields
            order = ObjectiveReader.keyResultFields
        } else if let found = roadmap.features.first(where: { $0.id.rawValue == target }) {
            feature = found
            path = found.path
            allowed = prdFields
            order = FeatureReader.fields
        } else if let objective = roadmap.objectives.first(where: { $0.id.rawValue == target }) {
            path = objective.path
            allowed = objectiveFields
            order = ObjectiveReader.fields
        } else {
            throw unknown(target, in: roadmap)
        }
        guard let before = session.original(of: path) else {
            throw EditRefusal(.cannotEdit, "\(path) was not read from the working tree", at: nil)
        }
        let editor = try FrontMatterEditor(bytes: before, path: path)
        var textEdits: [TextEdit] = []
        var updates: [(field: String, old: String?, new: String)] = []
        for edit in edits {
            guard allowed.contains(edit.field) else {
                var help = "fields that can be set here: \(allowed.joined(separator: ", "))"
                if let guess = Suggestion.closest(to: edit.field, among: allowed) { help = "did you mean `\(guess)`? " + help }
                throw EditRefusal(.cannotEdit, "`\(edit.field)` of `\(target)` cannot be set with this command", at: nil, help: help)
            }
            var steps = prefix
            var fieldOrder = order
            if edit.field.hasPrefix("rice.") {
                steps.append(.key("rice"))
                fieldOrder = RICEReader.fields
            }
            steps.append(.key(String(edit.field.split(separator: ".").last!)))
            let value: FrontMatterEditor.Value = numericFields.contains(edit.field) && FieldReader.parseNumber(edit.value) != nil
                ? .number(edit.value.trimmedSpace()) : .text(edit.value)
            updates.append((edit.field, editor.value(at: steps), edit.value))
            textEdits.append(try editor.setting(steps, to: value, order: fieldOrder))
        }
        if let feature, let status = edits.last(where: { $0.field == "status" })?.value,
           let refusal = WorkflowRules.transition(from: feature.status, to: status, id: target, config: roadmap.config,
                                                  at: compilation.statusLocations[path]) {
            throw EditRefusal(refusal)
        }
        guard let change = FileChange(path: path, before: before, edits: textEdits) else {
            throw EditRefusal(.cannotEdit, "the edits of \(path) overlap", at: nil, help: "set one field at a time")
        }
        let (after, fresh): (Compilation, [Diagnostic])
        do { (after, fresh) = try session.newErrors(of: [change], comparedWith: compilation) } catch {
            throw EditRefusal(.cannotEdit, "the roadmap could not be read again: \(error.message)", at: nil)
        }
        if !fresh.isEmpty {
            var refusal = EditRefusal(fresh)
            refusal.texts = after.texts
            throw refusal
        }
        return PlannedItemEdit(change: change, updates: updates)
    }

    private static func split(_ target: String) -> (String, String?) {
        let parts = target.split(separator: "/", maxSplits: 1).map(String.init)
        return parts.count == 2 ? (parts[0], parts[1]) : (target, nil)
    }

    /// RM961 when several files declare `id`: the linker reported them as duplicates.
    private static func ambiguity(_ id: String, in compilation: Compilation) throws(EditRefusal) {
        let clash = compilation.diagnostics.filter {
            ($0.code == .duplicateID || $0.code == .idCollision) && $0.message.hasPrefix("id `\(id)` ")
        }
        guard !clash.isEmpty else { return }
        var places = clash.compactMap(\.notes.first?.location)
        places += clash.compactMap(\.location)
        let paths = Array(Set(places.map(\.path))).sorted()
        throw EditRefusal(.ambiguousItem, "id `\(id)` is declared by \(paths.count) files (\(paths.joined(separator: ", "))), so nothing was changed",
                          at: nil, help: "give each file its own id first",
                          notes: places.sorted().map { .init("`\(id)` is declared here", at: $0) })
    }

    private static func unknown(_ target: String, in roadmap: Roadmap) -> EditRefusal {
        let ids = roadmap.features.map(\.id.rawValue) + roadmap.objectives.map(\.id.rawValue)
        var help = "`roadmap list` shows the PRDs; a key result is named `objective-id/kr-id`"
        if let guess = Suggestion.closest(to: target, among: ids) { help = "did you mean `\(guess)`?" }
        return EditRefusal(.unknownItem, "no PRD or objective has the id `\(target)`", at: nil, help: help)
    }
}
