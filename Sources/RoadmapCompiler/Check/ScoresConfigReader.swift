import RoadmapCore
import Yams

/// Reads `scores` in `roadmap.yml`: each score's formula, parsed and checked against its inputs'
/// ranges (unknown names, divisors that can be 0), and its inputs with their ranges.
enum ScoresConfigReader {
    static let fields = ["formula", "inputs", "label"]
    /// Names a score cannot take: a PRD's own fields, and the backlog's first page (`backlog/index.html`).
    static var reservedNames: [String] { FeatureReader.fields + ["index"] }

    static func read(_ scores: Node.Mapping, reader outer: inout FieldReader, text: String) -> [ScoreDefinition] {
        var definitions: [ScoreDefinition] = []
        for (key, value) in UniqueEntries.of(scores, subject: "`scores` mapping", reader: &outer) {
            let name = key.scalar?.string ?? ""
            let keyAt = outer.valueLocation(key)
            if let problem = nameProblem(name) {
                outer.report(Diagnostic(.invalidScoreName, problem.message, at: keyAt, help: problem.help))
                continue
            }
            guard let mapping = value.mapping else {
                outer.report(Diagnostic(.wrongType, "score `\(name)` must be a mapping with `formula` and `inputs`", at: outer.valueLocation(value),
                                        help: "write it like `\(name): { formula: value / size, inputs: { value: [1, 10], size: [1, 10] } }`"))
                continue
            }
            var r = FieldReader(mapping, known: fields, subject: "score", path: outer.path, lineOffset: outer.lineOffset,
                                anchor: keyAt, fixes: outer.fixes)
            let label = r.text("label")
            let inputs = readInputs(&r, score: name)
            let formulaText = r.text("formula", required: true, example: inputs.valid.map(\.name).joined(separator: " + ").nonEmpty ?? "value / size")
            var formula: ScoreFormula?
            if formulaText != nil, let node = r.node("formula"), let scalar = node.scalar {
                let place = FormulaPlace(node: node, scalar: scalar, reader: r, text: text)
                formula = check(scalar.string, score: name, inputs: inputs, place: place, reader: &r)
            }
            outer.report(contentsOf: r.diagnostics)
            definitions.append(ScoreDefinition(name: name, label: label?.value, formulaText: formulaText?.value ?? "",
                                               formula: formula, inputs: inputs.valid))
        }
        return definitions
    }

    private static func nameProblem(_ name: String) -> (message: String, help: String)? {
        if reservedNames.contains(name) {
            return ("`\(name)` cannot name a score: \(name == "index" ? "it is the backlog's own page" : "it is already a field of a PRD")",
                    "give the score another name, like `\(name)-score`")
        }
        let scalars = name.unicodeScalars
        let allowed = scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
        guard let first = scalars.first, ("a"..."z").contains(first), allowed else {
            return ("`\(name)` cannot name a score: a name is lower-case letters, digits, `_` and `-`, starting with a letter",
                    "rename it, like `wsjf` or `value-per-effort`")
        }
        return nil
    }

    struct Inputs {
        var valid: [ScoreDefinition.Input] = []
        /// Declared, but with a broken name or range: the formula may use them, the score has no value.
        var broken: Set<String> = []
        var all: [String] { valid.map(\.name) + broken.sorted() }
    }

    private static func readInputs(_ r: inout FieldReader, score: String) -> Inputs {
        var inputs = Inputs()
        guard let (mapping, _) = r.mapping("inputs", example: "{ value: [1, 10], size: [1, 13] }") else {
            if !r.has("inputs") { r.missing("inputs", example: "{ value: [1, 10], size: [1, 13] }") }
            return inputs
        }
        for (key, value) in UniqueEntries.of(mapping, subject: "`inputs` mapping", reader: &r) {
            let name = key.scalar?.string ?? ""
            guard ScoreFormulaParser.isInputName(name) else {
                r.report(Diagnostic(.invalidScoreInput, "`\(name)` cannot name an input: a formula could not use it", at: r.valueLocation(key),
                                    help: "use letters, digits and `_`, not starting with a digit, like `job_size`"))
                continue
            }
            let bounds = value.sequence.map { Array($0) } ?? []
            let numbers = bounds.compactMap { $0.scalar.flatMap { FieldReader.parseNumber($0.string) } }
            guard bounds.count == 2, numbers.count == 2 else {
                let shown = value.scalar.map { "`\($0.string)`" } ?? (value.mapping != nil ? "a mapping" : "a list of \(bounds.count) entr\(bounds.count == 1 ? "y" : "ies")")
                r.report(Diagnostic(.invalidScoreInput, "the range of input `\(name)` must be two numbers, lowest and highest, not \(shown)",
                                    at: r.valueLocation(value), help: "write it like `\(name): [1, 10]`"))
                inputs.broken.insert(name)
                continue
            }
            guard numbers[0] <= numbers[1] else {
                r.report(Diagnostic(.invalidScoreInput,
                                    "the range of input `\(name)` starts above where it ends (\(RICEReader.format(numbers[0])) > \(RICEReader.format(numbers[1])))",
                                    at: r.valueLocation(value), help: "write the lowest value first: `\(name): [\(RICEReader.format(numbers[1])), \(RICEReader.format(numbers[0]))]`"))
                inputs.broken.insert(name)
                continue
            }
            inputs.valid.append(.init(name: name, range: numbers[0]...numbers[1]))
        }
        return inputs
    }

    /// The parsed formula when it can be computed; nil after a syntax error, an unknown input or
    /// an input whose range is broken. A divisor that can be 0 is reported but the formula kept:
    /// PRDs whose inputs make it 0 get no value.
    private static func check(_ text: String, score: String, inputs: Inputs, place: FormulaPlace,
                              reader r: inout FieldReader) -> ScoreFormula? {
        let formula: ScoreFormula
        switch ScoreFormulaParser.parse(text) {
        case .failure(let error):
            r.report(Diagnostic(.scoreFormulaSyntax, "the formula of score `\(score)` does not parse: \(error.message)",
                                at: place.location(error.span), help: error.help))
            return nil
        case .success(let parsed): formula = parsed
        }
        var usable = true
        for reference in formula.inputReferences where !inputs.all.contains(reference.name) {
            var help = "declare it in `inputs` with its range, like `\(reference.name): [1, 10]`"
            if let guess = Suggestion.closest(to: reference.name, among: inputs.all) { help = "did you mean `\(guess)`?" }
            r.report(Diagnostic(.unknownScoreInput, "`\(reference.name)` is not an input of score `\(score)`",
                                at: place.location(reference.span), help: help))
            usable = false
        }
        if formula.inputReferences.contains(where: { inputs.broken.contains($0.name) }) { usable = false }
        guard usable else { return nil }
        let ranges = Dictionary(inputs.valid.map { ($0.name, $0.range) }, uniquingKeysWith: { a, _ in a })
        for (divisor, bounds) in formula.possibleDivisionsByZero(ranges: ranges) {
            r.report(Diagnostic(.scoreDivisionByZero,
                                "the formula of score `\(score)` can divide by zero: this divisor ranges over \(bounds) for inputs within their ranges",
                                at: place.location(divisor),
                                help: "raise the lower bound of its inputs above 0 (like `[1, 13]`), or add a constant to the divisor"))
        }
        return formula
    }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
