/// Parses a score's formula. Hand-written recursive descent: the grammar is five rules, no
/// expression library is among the project's dependencies, and the ones that exist neither give
/// the position of each node (needed to underline an unknown input or a divisor that can be 0)
/// nor stay within this small grammar.
///
///     sum     = product (("+" | "-") product)*
///     product = unary (("*" | "/") unary)*
///     unary   = ("-" | "+") unary | primary
///     primary = number | name | name "(" sum ("," sum)* ")" | "(" sum ")"
public struct ScoreFormulaParser {
    /// Why a formula could not be parsed, and where (in Unicode scalars from its start).
    public struct SyntaxError: Error, Hashable, Sendable {
        public let message: String
        public let help: String
        public let span: ScoreFormula.Span
    }

    /// Deeper nesting is refused rather than risking the stack on a hostile formula.
    static let maxDepth = 64

    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var depth = 0

    private init(_ text: String) { scalars = Array(text.unicodeScalars) }

    public static func parse(_ text: String) -> Result<ScoreFormula, SyntaxError> {
        var parser = ScoreFormulaParser(text)
        do throws(SyntaxError) {
            parser.skipSpace()
            if parser.atEnd {
                throw SyntaxError(message: "the formula is empty", help: "write a formula over the inputs, like `(value + urgency) / size`",
                                  span: .init(offset: 0, length: 1))
            }
            let formula = try parser.sum()
            parser.skipSpace()
            if !parser.atEnd {
                let start = parser.position
                throw SyntaxError(message: "unexpected `\(parser.tokenText(at: start))` after a complete formula",
                                  help: "join the parts with an operator: + - * /",
                                  span: .init(offset: start, length: parser.tokenLength(at: start)))
            }
            return .success(formula)
        } catch {
            return .failure(error)
        }
    }

    private var atEnd: Bool { position >= scalars.count }

    private mutating func skipSpace() {
        while position < scalars.count, scalars[position] == " " || scalars[position] == "\t" { position += 1 }
    }

    private mutating func take(_ character: Unicode.Scalar) -> Bool {
        skipSpace()
        guard position < scalars.count, scalars[position] == character else { return false }
        position += 1
        return true
    }

    private mutating func sum() throws(SyntaxError) -> ScoreFormula {
        var lhs = try product()
        while true {
            let op: ScoreFormula.Operator
            if take("+") { op = .add } else if take("-") { op = .subtract } else { return lhs }
            let rhs = try product()
            lhs = .binary(op, lhs, rhs, lhs.span.through(rhs.span))
        }
    }

    private mutating func product() throws(SyntaxError) -> ScoreFormula {
        var lhs = try unary()
        while true {
            let op: ScoreFormula.Operator
            if take("*") { op = .multiply } else if take("/") { op = .divide } else { return lhs }
            let rhs = try unary()
            lhs = .binary(op, lhs, rhs, lhs.span.through(rhs.span))
        }
    }

    private mutating func unary() throws(SyntaxError) -> ScoreFormula {
        skipSpace()
        let start = position
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth {
            throw SyntaxError(message: "the formula nests more than \(Self.maxDepth) levels deep", help: "simplify the formula",
                              span: .init(offset: start, length: 1))
        }
        if take("-") {
            let operand = try unary()
            return .negate(operand, ScoreFormula.Span(offset: start, length: 1).through(operand.span))
        }
        if take("+") { return try unary() }
        return try primary()
    }

    private mutating func primary() throws(SyntaxError) -> ScoreFormula {
        skipSpace()
        let start = position
        guard position < scalars.count else {
            throw SyntaxError(message: "the formula ends where a number, an input or `(` was expected",
                              help: "complete the formula, like `value / size`", span: .init(offset: max(0, start - 1), length: 1))
        }
        let c = scalars[position]
        if take("(") {
            let inner = try sum()
            guard take(")") else { throw unclosed(start) }
            return Self.widened(inner, to: .init(offset: start, length: position - start))
        }
        if Self.isDigit(c) || c == "." { return try number() }
        if Self.isNameStart(c) {
            while position < scalars.count, Self.isNameContinue(scalars[position]) { position += 1 }
            let name = String(String.UnicodeScalarView(scalars[start..<position]))
            let nameSpan = ScoreFormula.Span(offset: start, length: position - start)
            skipSpace()
            guard position < scalars.count, scalars[position] == "(" else { return .input(name, nameSpan) }
            guard let function = ScoreFormula.Function(rawValue: name) else {
                throw SyntaxError(message: "`\(name)` is not a function", help: "the functions are min(...) and max(...)", span: nameSpan)
            }
            position += 1
            var arguments = [try sum()]
            while take(",") { arguments.append(try sum()) }
            guard take(")") else { throw unclosed(start) }
            return .call(function, arguments, .init(offset: start, length: position - start))
        }
        throw SyntaxError(message: "unexpected `\(tokenText(at: start))` where a number, an input or `(` was expected",
                          help: "the formula may use numbers, input names, + - * /, parentheses, min(...) and max(...)",
                          span: .init(offset: start, length: tokenLength(at: start)))
    }

    private func unclosed(_ start: Int) -> SyntaxError {
        if position < scalars.count {
            return SyntaxError(message: "unexpected `\(tokenText(at: position))` where `)` was expected",
                               help: "close the parenthesis opened here, or join the parts with an operator",
                               span: .init(offset: position, length: tokenLength(at: position)))
        }
        return SyntaxError(message: "this parenthesis is never closed", help: "add the missing `)`", span: .init(offset: start, length: 1))
    }

    /// Parentheses are kept in the span, so an underlined divisor includes them.
    private static func widened(_ node: ScoreFormula, to span: ScoreFormula.Span) -> ScoreFormula {
        switch node {
        case .number(let n, _): .number(n, span)
        case .input(let name, _): .input(name, span)
        case .negate(let x, _): .negate(x, span)
        case .binary(let op, let a, let b, _): .binary(op, a, b, span)
        case .call(let f, let args, _): .call(f, args, span)
        }
    }

    private mutating func number() throws(SyntaxError) -> ScoreFormula {
        let start = position
        while position < scalars.count, Self.isDigit(scalars[position]) { position += 1 }
        if position < scalars.count, scalars[position] == "." {
            position += 1
            while position < scalars.count, Self.isDigit(scalars[position]) { position += 1 }
        }
        if position < scalars.count, scalars[position] == "e" || scalars[position] == "E" {
            var end = position + 1
            if end < scalars.count, scalars[end] == "+" || scalars[end] == "-" { end += 1 }
            if end < scalars.count, Self.isDigit(scalars[end]) {
                position = end
                while position < scalars.count, Self.isDigit(scalars[position]) { position += 1 }
            }
        }
        let text = String(String.UnicodeScalarView(scalars[start..<position]))
        let span = ScoreFormula.Span(offset: start, length: position - start)
        guard let value = Double(text), value.isFinite else {
            throw SyntaxError(message: "`\(text)` is not a number", help: "write numbers like 2, 0.5 or 1e3", span: span)
        }
        if position < scalars.count, Self.isNameStart(scalars[position]) {
            throw SyntaxError(message: "a number runs into a name here", help: "multiply explicitly, like `2 * size`",
                              span: .init(offset: position, length: tokenLength(at: position)))
        }
        return .number(value, span)
    }

    /// The token starting at `offset`, for messages: a name or number whole, else one character.
    private func tokenText(at offset: Int) -> String {
        String(String.UnicodeScalarView(scalars[offset..<(offset + tokenLength(at: offset))]))
    }

    private func tokenLength(at offset: Int) -> Int {
        guard offset < scalars.count else { return 1 }
        if Self.isNameContinue(scalars[offset]) {
            var end = offset
            while end < scalars.count, Self.isNameContinue(scalars[end]) { end += 1 }
            return end - offset
        }
        return 1
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    static func isNameStart(_ c: Unicode.Scalar) -> Bool { (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 || c == "_" }
    static func isNameContinue(_ c: Unicode.Scalar) -> Bool { isNameStart(c) || isDigit(c) }

    /// Whether `text` can name an input in a formula: a letter or `_`, then letters, digits, `_`.
    public static func isInputName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isNameStart(first) else { return false }
        return text.unicodeScalars.allSatisfy(isNameContinue)
    }
}
