import RoadmapCore

/// RM823: a `source:id` entry whose source the roadmap being linked does not have, said the same
/// way by the one-roadmap linker (no portfolio at all) and the portfolio's linker (not one of its
/// sources), for `depends_on` and `okrs` alike.
enum UnknownSource {
    static func diagnostic(_ reference: QualifiedName, at location: SourceLocation, sources: [String]) -> Diagnostic {
        guard !sources.isEmpty else {
            return Diagnostic(
                .unknownSource, "`\(reference)` names the roadmap `\(reference.source)`, but this roadmap is not a portfolio", at: location,
                help: "references to other roadmaps are checked by a portfolio that lists them under `portfolio:` in its roadmap.yml; "
                    + "to let this roadmap's own check pass, set `rules: { unknown-source: warning }`")
        }
        let help = Suggestion.closest(to: reference.source, among: sources).map { "did you mean `\($0):\(reference.local)`?" }
            ?? "the portfolio's sources: \(sources.sorted().joined(separator: ", "))"
        return Diagnostic(.unknownSource, "the portfolio has no source named `\(reference.source)`", at: location, help: help)
    }
}
