import RoadmapCore
import Yams

/// Where a part of a formula is in `roadmap.yml`. A formula written as a plain or quoted scalar
/// on one line, whose text stands in the file as it was read (no escapes), is located token by
/// token; any other (a folded block, escapes) at the formula's value as a whole.
struct FormulaPlace {
    private let whole: SourceLocation
    /// The file's position of the formula's first scalar, when its parts can be located.
    private let start: SourceLocation?

    init(node: Node, scalar: Node.Scalar, reader: FieldReader, text: String) {
        whole = reader.valueLocation(node)
        let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        let column = whole.column + (quoted ? 1 : 0)
        let formula = Array(scalar.string.unicodeScalars)
        if !formula.contains("\n"), let line = Self.line(whole.line, of: text),
           line.count >= column - 1 + formula.count, Array(line[(column - 1)..<(column - 1 + formula.count)]) == formula {
            start = SourceLocation(path: whole.path, line: whole.line, column: column)
        } else {
            start = nil
        }
    }

    func location(_ span: ScoreFormula.Span) -> SourceLocation {
        guard let start else { return whole }
        return SourceLocation(path: start.path, line: start.line, column: start.column + span.offset, length: span.length)
    }

    /// Line `number` (1-based) of `text` as Unicode scalars; lines break at LF, CRLF and a lone CR.
    private static func line(_ number: Int, of text: String) -> [Unicode.Scalar]? {
        var current = 1
        var line: [Unicode.Scalar] = []
        var previousWasCR = false
        for c in text.unicodeScalars {
            if c == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = c == "\r"
            if c == "\n" || c == "\r" {
                if current == number { return line }
                current += 1
                continue
            }
            if current == number { line.append(c) }
        }
        return current == number ? line : nil
    }
}
