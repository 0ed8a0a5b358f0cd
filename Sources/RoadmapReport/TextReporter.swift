import RoadmapCore

/// Diagnostics as a compiler prints them: `path:line:col: error[CODE]: message`, the source line
/// with the place underlined, then help and notes. ANSI colour only when asked for.
public struct TextReporter: Sendable {
    public var quoter: SourceQuoter
    public var color: Bool
    /// The columns output may use (the terminal's width); a quoted source line longer than that
    /// is cut around the underlined place, with `…` where text was left out. nil: never cut.
    public var width: Int?

    public init(quoter: SourceQuoter, color: Bool, width: Int? = nil) {
        self.quoter = quoter
        self.color = color
        self.width = width
    }

    public func render(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        var out = ""
        for diagnostic in diagnostics {
            out += render(diagnostic)
            out += "\n"
        }
        out += summary(diagnostics, fileCount: fileCount) + "\n"
        return out
    }

    public func render(_ d: Diagnostic) -> String {
        let label = d.severity == .error ? paint("error", .red) : d.severity == .warning ? paint("warning", .yellow) : paint("note", .cyan)
        var out = paint(place(d.location), .bold) + label + paint("[\(d.code.rawValue)]: ", .bold) + paint(d.message, .bold) + "\n"
        let gutterWidth = String(max(d.location?.line ?? 1, d.notes.compactMap(\.location?.line).max() ?? 1)).count
        let pad = String(repeating: " ", count: gutterWidth)
        if let location = d.location, let line = quoter.line(location.path, location.line) {
            out += snippet(line, at: location, pad: pad, width: gutterWidth)
        }
        if let help = d.help { out += "\(pad) \(paint("= help:", .cyan)) \(help)\n" }
        for note in d.notes {
            out += "\(pad) \(paint("= note:", .cyan)) \(note.message)"
            if let at = note.location { out += " (\(quoter.display(at.path)):\(at.line):\(at.column))" }
            out += "\n"
            if let at = note.location, at != d.location, let line = quoter.line(at.path, at.line) {
                out += snippet(line, at: at, pad: pad, width: gutterWidth, caret: "-")
            }
        }
        return out
    }

    public func summary(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        let files = "\(fileCount) file\(fileCount == 1 ? "" : "s")"
        if errors == 0 && warnings == 0 { return paint("checked \(files): no problems", .green) }
        let parts = [errors > 0 ? "\(errors) error\(errors == 1 ? "" : "s")" : nil,
                     warnings > 0 ? "\(warnings) warning\(warnings == 1 ? "" : "s")" : nil].compactMap { $0 }
        return paint("checked \(files): " + parts.joined(separator: " and "), errors > 0 ? .red : .yellow)
    }

    private func place(_ location: SourceLocation?) -> String {
        guard let location else { return "" }
        return "\(quoter.display(location.path)):\(location.line):\(location.column): "
    }

    private func snippet(_ line: String, at location: SourceLocation, pad: String, width: Int, caret: Character = "^") -> String {
        let number = String(location.line)
        let gutter = String(repeating: " ", count: width - number.count) + number
        let window = LineWindow(line, column: location.column, length: location.length,
                                width: self.width.map { $0 - gutter.count - 3 })
        let scalars = window.scalars
        // Keep tabs in the lead-in so the underline lines up with the quoted text.
        let lead = scalars.prefix(max(0, window.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
        let room = max(1, scalars.count - (window.column - 1) - (window.cutAtEnd ? 1 : 0))
        let marks = String(repeating: caret, count: min(location.length, room))
        let shown = String(String.UnicodeScalarView(scalars))
        return "\(paint(gutter + " |", .blue)) \(shown)\n\(paint(pad + " |", .blue)) \(lead)\(paint(marks, caret == "^" ? .red : .cyan))\n"
    }

    private enum Style: String {
        case red = "31", yellow = "33", green = "32", blue = "34", cyan = "36", bold = "1"
    }

    private func paint(_ text: String, _ style: Style) -> String {
        color && !text.isEmpty ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
