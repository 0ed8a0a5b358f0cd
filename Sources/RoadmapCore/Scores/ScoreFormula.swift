/// A custom score's formula from `roadmap.yml`, parsed: numbers, inputs, `+ - * /`, unary minus,
/// parentheses and `min(...)`/`max(...)`. Every node keeps where it was written (in Unicode
/// scalars from the start of the formula text), so a problem can be underlined in place.
public indirect enum ScoreFormula: Hashable, Sendable {
    case number(Double, Span)
    case input(String, Span)
    case negate(ScoreFormula, Span)
    case binary(Operator, ScoreFormula, ScoreFormula, Span)
    case call(Function, [ScoreFormula], Span)

    public enum Operator: Character, Hashable, Sendable {
        case add = "+", subtract = "-", multiply = "*", divide = "/"
    }

    public enum Function: String, Hashable, Sendable, CaseIterable {
        case min, max
    }

    /// A stretch of the formula text: `offset` scalars from its start, `length` scalars long.
    public struct Span: Hashable, Sendable {
        public var offset: Int
        public var length: Int

        public init(offset: Int, length: Int) {
            self.offset = offset
            self.length = max(1, length)
        }

        /// From the start of `self` to the end of `other`.
        func through(_ other: Span) -> Span { Span(offset: offset, length: other.offset + other.length - offset) }
    }

    public var span: Span {
        switch self {
        case .number(_, let s), .input(_, let s), .negate(_, let s), .binary(_, _, _, let s), .call(_, _, let s): s
        }
    }

    /// Every input the formula names, with where, in the order written.
    public var inputReferences: [(name: String, span: Span)] {
        switch self {
        case .number: []
        case .input(let name, let span): [(name, span)]
        case .negate(let operand, _): operand.inputReferences
        case .binary(_, let lhs, let rhs, _): lhs.inputReferences + rhs.inputReferences
        case .call(_, let arguments, _): arguments.flatMap(\.inputReferences)
        }
    }
}
