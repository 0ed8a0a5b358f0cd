extension RoadmapConfig {
    /// RM320 when the workflow does not let a PRD move from `old` to `new`: the one wording that
    /// `check`, `check --history` and `move` report it in.
    public func transitionDiagnostic(from old: String, to new: String, id: String,
                                     at location: SourceLocation?) -> Diagnostic? {
        guard !allowsTransition(from: old, to: new) else { return nil }
        let allowed = transitions[old] ?? []
        let help = allowed.isEmpty ? "`transitions` lets nothing leave `\(old)`"
            : "from \(old) a PRD may move to \(allowed.joined(separator: ", ")); go through those, or change `transitions` in roadmap.yml"
        return Diagnostic(.disallowedTransition, "PRD `\(id)` moves from `\(old)` to `\(new)`, which the workflow's transitions do not allow",
                          at: location, help: help)
    }
}
