import Foundation
import RoadmapCore

/// Diagnostics as a SARIF 2.1.0 log, the format code-scanning dashboards read (GitHub's
/// `upload-sarif` among them): one run, every diagnostic code as a rule with its explanation,
/// one result per diagnostic at its file, line and column, notes as related locations, fix-its
/// as `fixes` whose replacements delete and insert by byte offset (`properties.safety` says
/// whether the fix can change meaning).
///
/// Columns count Unicode code points, as the compiler does, and the run says so (`columnKind`).
/// A diagnostic about the roadmap as a whole (no location) is attached to `roadmap.yml`, since
/// dashboards need a file to show a result on.
public struct SARIFReporter: Sendable {
    /// Where the schema of the log is published.
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// How paths are shown (relative to the current folder, as in text output).
    public var quoter: SourceQuoter
    /// The version of `roadmap` that wrote the log.
    public var toolVersion: String
    /// Where to read about the tool; an absolute URI, or nil to leave it out.
    public var informationURI: String?

    /// A reporter that shows paths with `quoter.display`.
    public init(quoter: SourceQuoter, toolVersion: String, informationURI: String? = nil) {
        self.quoter = quoter
        self.toolVersion = toolVersion
        self.informationURI = informationURI
    }

    /// The SARIF log of `diagnostics`, pretty-printed, ending with a newline.
    public func render(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        var driver: [(String, JSONValue)] = [("name", "roadmap"), ("version", .string(toolVersion))]
        if let informationURI { driver.append(("informationUri", .string(informationURI))) }
        driver.append(("rules", .array(DiagnosticCode.allCases.map(SARIFReporter.rule))))
        let run: JSONValue = .object([
            ("tool", .object([("driver", .object(driver))])),
            ("columnKind", "unicodeCodePoints"),
            ("results", .array(diagnostics.map(result))),
            ("properties", .object([("filesChecked", .number(Double(fileCount)))])),
        ])
        return JSONValue.object([
            ("$schema", .string(Self.schemaURI)),
            ("version", "2.1.0"),
            ("runs", [run]),
        ]).rendered()
    }

    /// The SARIF level of a severity.
    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    static func rule(_ code: DiagnosticCode) -> JSONValue {
        let e = code.explanation
        let helpText = "\(e.details)\n\nExample of the problem:\n\(e.bad)\n\nFixed:\n\(e.fixed)"
        let helpMarkdown = "\(e.details)\n\nExample of the problem:\n\n```\n\(e.bad)\n```\n\nFixed:\n\n```\n\(e.fixed)\n```"
        return .object([
            ("id", .string(code.rawValue)),
            ("name", .string(code.name)),
            ("shortDescription", .object([("text", .string(e.summary))])),
            ("fullDescription", .object([("text", .string(e.details))])),
            ("help", .object([("text", .string(helpText)), ("markdown", .string(helpMarkdown))])),
            ("defaultConfiguration", .object([("level", .string(level(code.defaultSeverity)))])),
        ])
    }

    private func result(_ d: Diagnostic) -> JSONValue {
        var text = d.message
        if let help = d.help { text += "\nhelp: \(help)" }
        for note in d.notes where note.location == nil { text += "\nnote: \(note.message)" }
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(d.code.rawValue)),
            ("ruleIndex", .number(Double(DiagnosticCode.allCases.firstIndex(of: d.code) ?? 0))),
            ("level", .string(Self.level(d.severity))),
            ("message", .object([("text", .string(text))])),
            ("locations", [.object([("physicalLocation", physical(d.location))])]),
        ]
        let related = d.notes.filter { $0.location != nil }.enumerated().map { (i, note) -> JSONValue in
            .object([("id", .number(Double(i + 1))), ("physicalLocation", physical(note.location)),
                     ("message", .object([("text", .string(note.message))]))])
        }
        if !related.isEmpty { members.append(("relatedLocations", .array(related))) }
        if !d.fixes.isEmpty { members.append(("fixes", .array(d.fixes.map(fix)))) }
        return .object(members)
    }

    /// A SARIF fix: one artifact change per file, in order of first appearance.
    private func fix(_ fix: Fix) -> JSONValue {
        var paths: [String] = []
        for edit in fix.edits where !paths.contains(edit.path) { paths.append(edit.path) }
        let changes = paths.map { path -> JSONValue in
            let replacements = fix.edits.filter { $0.path == path }.sorted { $0.start < $1.start }.map { edit -> JSONValue in
                .object([
                    ("deletedRegion", .object([("byteOffset", .number(Double(edit.start))),
                                               ("byteLength", .number(Double(edit.end - edit.start)))])),
                    ("insertedContent", .object([("text", .string(edit.replacement))])),
                ])
            }
            return .object([("artifactLocation", .object([("uri", .string(uri(quoter.display(path))))])),
                            ("replacements", .array(replacements))])
        }
        return .object([
            ("description", .object([("text", .string(fix.title))])),
            ("artifactChanges", .array(changes)),
            ("properties", .object([("safety", .string(fix.safety.rawValue))])),
        ])
    }

    private func physical(_ location: SourceLocation?) -> JSONValue {
        guard let location else {
            return .object([("artifactLocation", .object([("uri", .string(uri(quoter.display("roadmap.yml"))))]))])
        }
        return .object([
            ("artifactLocation", .object([("uri", .string(uri(quoter.display(location.path))))])),
            ("region", .object([
                ("startLine", .number(Double(location.line))),
                ("startColumn", .number(Double(location.column))),
                ("endColumn", .number(Double(location.column + location.length))),
            ])),
        ])
    }

    /// A relative path as a URI reference: `/` kept, spaces, `#`, `%` and non-ASCII escaped.
    func uri(_ path: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "/-._~!$&'()*+,;=:@")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
