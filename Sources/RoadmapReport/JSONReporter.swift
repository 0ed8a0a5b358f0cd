import Foundation
import RoadmapCore

/// Diagnostics as a stable, versioned JSON document for tools.
///
/// Version 1: `{schemaVersion, tool, summary: {errors, warnings, files}, diagnostics: [{code, name,
/// severity, message, path, line, column, endColumn, help, notes: [{message, path, line, column}],
/// fixes: [{title, safety, edits: [{path, start, end, replacement}]}]}]}`. Fix edits replace the
/// bytes `start..<end` of the file as stored (byte-order mark and CRs counted); `safety` is
/// `safe` (meaning cannot change) or `unsafe` (a guess). Fields are only ever added within a version.
public struct JSONReporter: Sendable {
    public static let schemaVersion = 1
    public var quoter: SourceQuoter

    public init(quoter: SourceQuoter) { self.quoter = quoter }

    struct Document: Encodable {
        var schemaVersion: Int
        var tool: String
        var summary: Summary
        var diagnostics: [Entry]
    }

    struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var files: Int
    }

    struct Entry: Encodable {
        var code: String
        var name: String
        var severity: String
        var message: String
        var path: String?
        var line: Int?
        var column: Int?
        var endColumn: Int?
        var help: String?
        var notes: [NoteEntry]
        var fixes: [FixEntry]
    }

    struct FixEntry: Encodable {
        var title: String
        var safety: String
        var edits: [EditEntry]
    }

    struct EditEntry: Encodable {
        var path: String
        var start: Int
        var end: Int
        var replacement: String
    }

    struct NoteEntry: Encodable {
        var message: String
        var path: String?
        var line: Int?
        var column: Int?
    }

    public func render(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        let document = Document(
            schemaVersion: Self.schemaVersion, tool: "roadmap",
            summary: Summary(errors: diagnostics.errorCount, warnings: diagnostics.warningCount, files: fileCount),
            diagnostics: diagnostics.map { d in
                Entry(code: d.code.rawValue, name: d.code.name, severity: d.severity.rawValue, message: d.message,
                      path: d.location.map { quoter.display($0.path) }, line: d.location?.line, column: d.location?.column,
                      endColumn: d.location.map { $0.column + $0.length }, help: d.help,
                      notes: d.notes.map { NoteEntry(message: $0.message, path: $0.location.map { quoter.display($0.path) },
                                                     line: $0.location?.line, column: $0.location?.column) },
                      fixes: d.fixes.map { fix in
                          FixEntry(title: fix.title, safety: fix.safety.rawValue, edits: fix.edits.map {
                              EditEntry(path: quoter.display($0.path), start: $0.start, end: $0.end, replacement: $0.replacement)
                          })
                      })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
