/// One problem found in the roadmap, as data; rendering is a separate layer.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// A secondary place that explains the primary one ("first defined here", a hop of a cycle).
    public struct Note: Hashable, Sendable, Codable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public var code: DiagnosticCode
    public var severity: Severity
    /// A sentence that makes sense without the source line beside it.
    public var message: String
    /// Where the problem is; nil only for problems of the roadmap as a whole.
    public var location: SourceLocation?
    /// How to fix it.
    public var help: String?
    public var notes: [Note]
    /// Edits that would resolve the problem, the likeliest first.
    public var fixes: [Fix]

    public init(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation?,
        help: String? = nil, notes: [Note] = [], severity: Severity? = nil, fixes: [Fix] = []
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.message = message
        self.location = location
        self.help = help
        self.notes = notes
        self.fixes = fixes
    }
}

extension Diagnostic {
    /// The order diagnostics are reported in: by file, line, column, then code and message,
    /// so output never depends on the order in which files were parsed.
    public static func reportOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case (nil, .some): return true
        case (.some, nil): return false
        case let (la?, lb?) where la != lb: return la < lb
        default:
            if a.code != b.code { return a.code.rawValue < b.code.rawValue }
            return a.message < b.message
        }
    }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

/// A diagnostic can be the failure of a `Result`, for stages that stop at one problem per file.
extension Diagnostic: Error {}
