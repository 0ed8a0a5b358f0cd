import Foundation
import RoadmapCore
import Yams

/// Reads `rice: { reach, impact, confidence, effort }` and checks each input's range.
enum RICEReader {
    static let fields = ["reach", "impact", "confidence", "effort"]

    /// `expectEstimates`: the work is not done, so a zero reach or confidence is a placeholder
    /// left in (RM309), not a finding.
    static func read(_ mapping: Node.Mapping, at location: SourceLocation, reader outer: inout FieldReader,
                     values: inout ValueChecks, expectEstimates: Bool = true) -> RICE? {
        var r = FieldReader(mapping, known: fields, subject: "RICE block", path: outer.path,
                            lineOffset: outer.lineOffset, anchor: location, fixes: outer.fixes)
        let reach = r.number("reach", example: "40000")
        let impact = r.number("impact", example: "2")
        let effort = r.number("effort", example: "3")
        let confidence = confidenceValue(&r)
        var valid = true
        func outOfRange(_ message: String, _ at: SourceLocation, _ help: String) {
            values.report(Diagnostic(.riceOutOfRange, message, at: at, help: help))
            valid = false
        }
        if let reach, reach.value < 0 {
            outOfRange("RICE reach must be 0 or more, not \(format(reach.value))", reach.location,
                       "reach counts people or events per quarter")
        }
        if let impact, !RICE.impacts.contains(impact.value) {
            outOfRange("RICE impact must be one of 3, 2, 1, 0.5 or 0.25, not \(format(impact.value))", impact.location,
                       "use Intercom's scale: 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal")
        }
        if let confidence, !(0...1).contains(confidence.value) {
            outOfRange("RICE confidence must be a percentage from 0% to 100% or a fraction from 0 to 1",
                       confidence.location, "write it like `confidence: 80%` or `confidence: 0.8`")
        }
        if let effort, effort.value <= 0 {
            outOfRange("RICE effort must be more than 0 person-months, not \(format(effort.value))", effort.location,
                       "estimate the work in person-months, like `effort: 0.5`")
        }
        if expectEstimates {
            for (name, input) in [("reach", reach), ("confidence", confidence)] {
                guard let input, input.value == 0 else { continue }
                values.report(Diagnostic(
                    .zeroRICEInput, "RICE \(name) is 0, which makes the score 0: the template's placeholder is still here",
                    at: input.location,
                    help: name == "reach" ? "estimate how many people or events the work reaches per quarter, like `reach: 2000`"
                        : "say how sure you are of the estimates, like `confidence: 50%`"))
            }
        }
        let missing = zip(fields, [reach != nil, impact != nil, confidence != nil, effort != nil])
            .filter { !$0.1 && !r.has($0.0) }.map(\.0)
        if !missing.isEmpty {
            values.report(Diagnostic(
                .riceIncomplete, "the RICE block lacks \(missing.map { "`\($0)`" }.joined(separator: ", "))",
                at: location, help: "give all four inputs: reach, impact, confidence and effort"))
        }
        outer.report(contentsOf: r.diagnostics)
        guard valid, let reach, let impact, let confidence, let effort else { return nil }
        return RICE(reach: reach.value, impact: impact.value, confidence: confidence.value, effort: effort.value)
    }

    /// `80%` is 0.8; a plain number is taken as a fraction.
    private static func confidenceValue(_ r: inout FieldReader) -> Located<Double>? {
        guard let node = r.node("confidence"), let text = node.scalar?.string,
              text.trimmedSpace().hasSuffix("%") else {
            return r.number("confidence", example: "80%")
        }
        let digits = text.trimmedSpace().dropLast()
        guard let percent = FieldReader.parseNumber(String(digits)) else { return r.number("confidence", example: "80%") }
        return Located(value: percent / 100, location: r.valueLocation(node))
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

extension FieldReader {
    mutating func report(contentsOf more: [Diagnostic]) { for d in more { report(d) } }
}
