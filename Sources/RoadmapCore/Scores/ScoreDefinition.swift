/// A custom score declared under `scores` in `roadmap.yml`: a formula over named inputs, each
/// with the range a PRD's value must fall in. A PRD gives the inputs in a mapping named after
/// the score, as it gives RICE's under `rice`.
public struct ScoreDefinition: Hashable, Sendable {
    public struct Input: Hashable, Sendable {
        public let name: String
        public let range: ClosedRange<Double>

        public init(name: String, range: ClosedRange<Double>) {
            self.name = name
            self.range = range
        }
    }

    /// The key in `scores` and in a PRD's front matter; also the `list --sort` value.
    public let name: String
    /// The column heading; the name unless `label` is given.
    public let label: String
    /// As written, for documents that show it.
    public let formulaText: String
    /// Nil when the formula has an error: PRDs are still checked against the inputs, but the
    /// score has no value.
    public let formula: ScoreFormula?
    /// In the order declared.
    public let inputs: [Input]

    public init(name: String, label: String? = nil, formulaText: String, formula: ScoreFormula?, inputs: [Input]) {
        self.name = name
        self.label = label ?? name
        self.formulaText = formulaText
        self.formula = formula
        self.inputs = inputs
    }

    public var ranges: [String: ClosedRange<Double>] {
        Dictionary(inputs.map { ($0.name, $0.range) }, uniquingKeysWith: { a, _ in a })
    }
}
