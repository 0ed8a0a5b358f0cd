import RoadmapCore

/// The workflow rules of `roadmap.yml`, `transitions` and `requires`, as the diagnostics that
/// `check` reports and `move` refuses with: one wording for both.
public enum WorkflowRules {
    /// RM321: a PRD in `status` lacks `field`, which the status requires.
    static func missing(_ field: String, status: String, id: String?, at location: SourceLocation) -> Diagnostic {
        let example = field == "start" || field == "due" ? "2026-07-06" : field == "quarter" ? "2026-Q3" : "..."
        let move = id.map { "; `roadmap move \($0) \(status) --set \(field)=\(example)` sets both in one edit" } ?? ""
        return Diagnostic(.fieldRequiredByStatus, "this PRD is \(status), which requires `\(field)`, but it has none",
                          at: location, help: "add `\(field): \(example)`\(move)")
    }

    /// RM320 when the workflow does not let a PRD move from `old` to `new`.
    public static func transition(from old: String, to new: String, id: String, config: RoadmapConfig,
                                  at location: SourceLocation?) -> Diagnostic? {
        config.transitionDiagnostic(from: old, to: new, id: id, at: location)
    }

    /// RM320 for every PRD whose status changed between `before` (the last commit) and `after`
    /// (what is staged), by id, under the rules of `after`'s roadmap.yml.
    public static func transitions(from before: Roadmap, to after: Compilation) -> [Diagnostic] {
        let old = Dictionary(before.features.map { ($0.id, $0.status) }, uniquingKeysWith: { a, _ in a })
        let config = after.roadmap.config
        let locations = after.statusLocations
        var found: [Diagnostic] = []
        for feature in after.roadmap.features {
            guard let was = old[feature.id],
                  var d = transition(from: was, to: feature.status, id: feature.id.rawValue, config: config,
                                     at: locations[feature.path]),
                  let severity = config.severity(of: d.code) else { continue }
            d.severity = severity
            found.append(d)
        }
        return found
    }
}

extension Compilation {
    /// Adds the diagnostics of `more`, keeping report order and the error marks of items.
    public mutating func add(_ more: [Diagnostic]) {
        guard !more.isEmpty else { return }
        diagnostics = (diagnostics + more).sorted(by: Diagnostic.reportOrder)
    }
}
