import RoadmapCore

/// Diagnostics as a stable, versioned JSON document for tools: `check --format json`, described by
/// `schemas/check.schema.json`.
///
/// `{schemaVersion, tool, summary: {errors, warnings, files}, diagnostics: [...]}`, each diagnostic
/// as `Diagnostic.json(display:)` writes it everywhere. Fields are only ever added within a version.
public struct JSONReporter: Sendable {
    public static let schemaVersion = 2
    public var quoter: SourceQuoter

    public init(quoter: SourceQuoter) { self.quoter = quoter }

    public func render(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        JSONValue.object([
            "schemaVersion": .integer(Self.schemaVersion), "tool": "roadmap",
            "summary": .object([
                "errors": .integer(diagnostics.errorCount), "warnings": .integer(diagnostics.warningCount),
                "files": .integer(fileCount),
            ]),
            "diagnostics": .array(diagnostics.map { $0.json(display: quoter.display) }),
        ]).rendered()
    }
}
