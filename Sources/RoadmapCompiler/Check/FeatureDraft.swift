import RoadmapCore

/// A PRD read from its file, before links to other files are resolved.
struct FeatureDraft: Sendable {
    var feature: Feature
    var idLocation: SourceLocation
    /// `okrs` entries as written, resolved by the linker.
    var okrReferences: [Located<String>]
    /// `depends_on` entries as written, resolved by the linker.
    var dependencies: [Located<String>]
    /// Where `status` is written, for diagnostics about the feature as a whole.
    var statusLocation: SourceLocation
}

/// An objective read from its file.
struct ObjectiveDraft: Sendable {
    var objective: Objective
    var idLocation: SourceLocation
}

/// What one file contributed: a PRD, an objective, or nothing usable, with its problems.
struct FileAnalysis: Sendable {
    /// Indirect: an analysis is copied several times on its way to the linker, and a boxed
    /// payload copies as one reference instead of every field of the draft.
    enum Item: Sendable {
        indirect case feature(FeatureDraft)
        indirect case objective(ObjectiveDraft)
        case none
    }

    var path: String
    var item: Item
    var diagnostics: [Diagnostic]
    /// The decoded text, kept so diagnostics can quote their line.
    var text: String?
}
