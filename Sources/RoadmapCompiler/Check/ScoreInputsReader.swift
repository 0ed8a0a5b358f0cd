import RoadmapCore
import Yams

/// Reads a PRD's inputs of a custom score (`wsjf: { business_value: 8, job_size: 5 }`) and checks
/// each against the range `roadmap.yml` declares, as `RICEReader` does for RICE.
enum ScoreInputsReader {
    /// The score's value when every input is given and in range and the formula computes.
    static func read(_ mapping: Node.Mapping, at location: SourceLocation, score: ScoreDefinition,
                     reader outer: inout FieldReader, values: inout ValueChecks) -> Double? {
        let names = score.inputs.map(\.name)
        var r = FieldReader(mapping, known: names, subject: "`\(score.name)` block", path: outer.path,
                            lineOffset: outer.lineOffset, anchor: location, fixes: outer.fixes)
        var given: [String: Double] = [:]
        var valid = true
        for input in score.inputs {
            guard let number = r.number(input.name, example: RICEReader.format(input.range.lowerBound)) else {
                if r.has(input.name) { valid = false }
                continue
            }
            guard input.range.contains(number.value) else {
                values.report(Diagnostic(
                    .scoreInputOutOfRange,
                    "`\(input.name)` of score `\(score.name)` must be from \(RICEReader.format(input.range.lowerBound)) to \(RICEReader.format(input.range.upperBound)), not \(RICEReader.format(number.value))",
                    at: number.location, help: "roadmap.yml declares `\(input.name): [\(RICEReader.format(input.range.lowerBound)), \(RICEReader.format(input.range.upperBound))]`"))
                valid = false
                continue
            }
            given[input.name] = number.value
        }
        let missing = names.filter { given[$0] == nil && !r.has($0) }
        if !missing.isEmpty {
            values.report(Diagnostic(
                .scoreIncomplete, "the `\(score.name)` block lacks \(missing.map { "`\($0)`" }.joined(separator: ", "))",
                at: location, help: "give every input of `\(score.name)`: \(names.joined(separator: ", "))"))
        }
        outer.report(contentsOf: r.diagnostics)
        guard valid, missing.isEmpty, let formula = score.formula else { return nil }
        return formula.evaluate(given)
    }

    /// A block with every input at the bottom of its range, for help texts.
    static func example(_ score: ScoreDefinition) -> String {
        "{ " + score.inputs.map { "\($0.name): \(RICEReader.format($0.range.lowerBound))" }.joined(separator: ", ") + " }"
    }
}
