import RoadmapCore
import Testing

@Suite struct ScoreFormulaTests {
    static func parse(_ text: String) throws -> ScoreFormula { try ScoreFormulaParser.parse(text).get() }

    static func error(_ text: String) -> ScoreFormulaParser.SyntaxError? {
        if case .failure(let error) = ScoreFormulaParser.parse(text) { return error }
        return nil
    }

    @Test func wsjfIsComputed() throws {
        let wsjf = try Self.parse("(business_value + time_criticality + risk_reduction) / job_size")
        let value = wsjf.evaluate(["business_value": 8, "time_criticality": 5, "risk_reduction": 3, "job_size": 5])
        #expect(value == 3.2)
        #expect(wsjf.inputReferences.map(\.name) == ["business_value", "time_criticality", "risk_reduction", "job_size"])
    }

    @Test(arguments: [
        ("1 + 2 * 3", 7.0), ("(1 + 2) * 3", 9), ("10 - 4 - 3", 3), ("12 / 3 / 2", 2), ("-2 * -3", 6),
        ("- (1 + 1)", -2), ("+4", 4), ("2 * -a", -10), ("a * b + c", 17), ("min(a, b) * max(a, b, c)", 14),
        ("a/b", 2.5), ("1.5e1 / .5", 30), ("max(-a, 0)", 0), ("--a", 5),
    ])
    func valuesByHand(_ text: String, _ expected: Double) throws {
        #expect(try Self.parse(text).evaluate(["a": 5, "b": 2, "c": 7]) == expected)
    }

    @Test func missingInputOrZeroDivisorGivesNoValue() throws {
        let formula = try Self.parse("a / b")
        #expect(formula.evaluate(["a": 1]) == nil)
        #expect(formula.evaluate(["a": 1, "b": 0]) == nil)
    }

    @Test func spansPointAtTheTokens() throws {
        let formula = try Self.parse("value /  (size - 1)")
        guard case .binary(.divide, let lhs, let rhs, let whole) = formula else { Issue.record("not a division"); return }
        #expect(lhs.span == .init(offset: 0, length: 5))
        #expect(rhs.span == .init(offset: 9, length: 10))
        #expect(whole == .init(offset: 0, length: 19))
        #expect(formula.inputReferences.map(\.span.offset) == [0, 10])
    }

    @Test(arguments: [
        ("", 0, "the formula is empty"),
        ("a +", 2, "the formula ends where a number, an input or `(` was expected"),
        ("(a + b", 0, "this parenthesis is never closed"),
        ("(a + b c", 7, "unexpected `c` where `)` was expected"),
        ("a b", 2, "unexpected `b` after a complete formula"),
        ("a * % b", 4, "unexpected `%` where a number, an input or `(` was expected"),
        ("sqrt(a)", 0, "`sqrt` is not a function"),
        ("2size", 1, "a number runs into a name here"),
        ("min(a b)", 6, "unexpected `b` where `)` was expected"),
        ("1..2", 2, "unexpected `.` after a complete formula"),
    ])
    func syntaxErrorsArePlaced(_ text: String, _ offset: Int, _ message: String) {
        let error = Self.error(text)
        #expect(error?.message == message)
        #expect(error?.span.offset == offset)
    }

    @Test func deepNestingIsRefusedNotACrash() {
        #expect(Self.error(String(repeating: "-", count: 10_000) + "1")?.message.contains("nests more than") == true)
        #expect(Self.error(String(repeating: "(", count: 10_000) + "1")?.message.contains("nests more than") == true)
    }

    @Test func divisorsThatCanBeZero() throws {
        let ranges: [String: ClosedRange<Double>] = ["v": 1...10, "size": 1...13, "zero": 0...5, "d": -1...1]
        #expect(try Self.parse("v / size").possibleDivisionsByZero(ranges: ranges).isEmpty)
        #expect(try Self.parse("v / (size - 1)").possibleDivisionsByZero(ranges: ranges).map(\.span) == [.init(offset: 4, length: 10)])
        let zero = try Self.parse("v / zero").possibleDivisionsByZero(ranges: ranges)
        #expect(zero.map(\.span) == [.init(offset: 4, length: 4)])
        #expect(zero.first?.bounds.description == "[0, 5]")
        #expect(try Self.parse("v / (d * size)").possibleDivisionsByZero(ranges: ranges).count == 1)
        #expect(try Self.parse("v / (size * size - 1)").possibleDivisionsByZero(ranges: ranges).count == 1)
        #expect(try Self.parse("v / (size * size)").possibleDivisionsByZero(ranges: ranges).isEmpty)
        #expect(try Self.parse("1 / max(zero, 1)").possibleDivisionsByZero(ranges: ranges).isEmpty)
        #expect(try Self.parse("1 / min(zero, 1)").possibleDivisionsByZero(ranges: ranges).count == 1)
        #expect(try Self.parse("1 / -size").possibleDivisionsByZero(ranges: ranges).isEmpty)
        #expect(try Self.parse("1 / 0").possibleDivisionsByZero(ranges: ranges).count == 1)
        // Nested: both the inner and the outer divisor are reported.
        #expect(try Self.parse("1 / (1 / zero)").possibleDivisionsByZero(ranges: ranges).count == 2)
    }

    @Test func boundsByHand() throws {
        let ranges: [String: ClosedRange<Double>] = ["a": 1...10, "b": 1...13]
        let bounds = try Self.parse("(a + a) / b - 1").bounds(ranges: ranges)
        #expect(abs(bounds.lower - (2.0 / 13 - 1)) < 1e-12)
        #expect(bounds.upper == 19)
    }

    @Test func inputNames() {
        #expect(ScoreFormulaParser.isInputName("job_size"))
        #expect(ScoreFormulaParser.isInputName("_x2"))
        #expect(!ScoreFormulaParser.isInputName("2x"))
        #expect(!ScoreFormulaParser.isInputName("job-size"))
        #expect(!ScoreFormulaParser.isInputName(""))
        #expect(!ScoreFormulaParser.isInputName("größe"))
    }
}
