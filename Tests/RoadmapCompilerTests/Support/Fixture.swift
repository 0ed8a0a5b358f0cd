import RoadmapCompiler
import RoadmapCore
import RoadmapSources
import Testing

/// A small valid roadmap to which each test adds or replaces a file.
enum Fixture {
    static let objective = """
        ---
        id: grow-checkout
        title: Make checkout effortless
        period: 2026-Q3
        owner: Dana Kim
        key_results:
          - id: kr1
            title: Checkout conversion from 62% to 70%
            baseline: 62
            target: 70
            current: 64
            unit: "%"
        ---
        Why it matters.

        """

    static let prd = """
        ---
        id: saved-cards
        title: Saved cards
        status: planned
        owner: Sam Lee
        team: payments
        quarter: 2026-Q3
        okrs: [grow-checkout/kr1]
        rice: { reach: 40000, impact: 2, confidence: 80%, effort: 3 }
        ---
        ## Problem
        Typing a card is slow.

        ## Success metrics
        Conversion.

        """

    static let config = "title: Test\nrequired_sections: [Problem, Success metrics]\n"

    static var files: [String: String] {
        ["roadmap.yml": config, "okrs/grow-checkout.md": objective, "prds/payments/saved-cards.md": prd]
    }

    /// Compiles the base roadmap with `changes` applied (a nil value deletes the file).
    static func compile(_ changes: [String: String?] = [:], bytes: [String: [UInt8]] = [:],
                        symlinks: [String: String] = [:], options: CompileOptions = CompileOptions()) throws -> Compilation {
        var all = files.mapValues { Array($0.utf8) }
        for (path, text) in changes { all[path] = text.map { Array($0.utf8) } }
        for (path, data) in bytes { all[path] = data }
        return try RoadmapCompiler(source: InMemorySource(bytes: all, symlinks: symlinks), options: options).compile()
    }
}

/// A file text with one `«` marking the place a diagnostic must point at.
struct Marked {
    let text: String
    let line: Int
    let column: Int

    init(_ marked: String) {
        var line = 1, column = 1
        var found: (Int, Int)? = nil
        for scalar in marked.unicodeScalars {
            if scalar == "«" { found = (line, column); continue }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        precondition(found != nil, "a marked fixture needs a « marker")
        text = marked.replacingOccurrences(of: "«", with: "")
        (self.line, self.column) = found!
    }
}

/// Asserts that exactly one diagnostic with `code` points at `path:line:column`.
@discardableResult
func expectDiagnostic(_ compilation: Compilation, _ code: DiagnosticCode, _ path: String, _ line: Int, _ column: Int,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    let matches = compilation.diagnostics.filter { $0.code == code }
    let hit = matches.filter { $0.location?.path == path && $0.location?.line == line && $0.location?.column == column }
    #expect(hit.count == 1, "expected \(code.rawValue) at \(path):\(line):\(column); got \(compilation.diagnostics.map { "\($0.code.rawValue)@\($0.location.map { "\($0.path):\($0.line):\($0.column)" } ?? "-") \($0.message)" })", sourceLocation: sourceLocation)
    return hit.first
}

/// Every diagnostic as `RM105 path:line:col`, in report order, to assert a whole list at once.
func placed(_ compilation: Compilation) -> [String] {
    compilation.diagnostics.map { d in "\(d.code.rawValue) " + (d.location.map { "\($0.path):\($0.line):\($0.column)" } ?? "-") }
}

/// Asserts the diagnostic for a marked file lands on the marker.
@discardableResult
func expectDiagnostic(_ compilation: Compilation, _ code: DiagnosticCode, _ path: String, at marked: Marked,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    expectDiagnostic(compilation, code, path, marked.line, marked.column, sourceLocation: sourceLocation)
}
