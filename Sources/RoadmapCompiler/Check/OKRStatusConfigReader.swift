import RoadmapCore
import Yams

/// Reads `okr_status` in `roadmap.yml`: `{ on_track: 0.9, at_risk: 0.7 }`, the least projected
/// progress (a fraction of the planned progress, 0 to 1) for each status. What is wrong is RM801
/// and leaves that threshold at its default.
enum OKRStatusConfigReader {
    static let keys = ["on_track", "at_risk"]

    static func read(_ mapping: Node.Mapping, reader r: inout FieldReader,
                     _ invalid: (String, SourceLocation, String) -> Void) -> OKRStatusThresholds {
        var thresholds = OKRStatusThresholds()
        var given: [String: (Double, SourceLocation)] = [:]
        for (keyNode, value) in UniqueEntries.of(mapping, subject: "`okr_status` mapping", reader: &r) {
            let key = keyNode.scalar?.string ?? ""
            guard keys.contains(key) else {
                invalid("`\(key)` is not a key of `okr_status`", r.valueLocation(keyNode), "use `on_track` and `at_risk`, like `okr_status: { on_track: 0.9, at_risk: 0.7 }`")
                continue
            }
            let at = r.valueLocation(value)
            guard let scalar = value.scalar, !FieldReader.isNull(value), let number = FieldReader.parseNumber(scalar.string),
                  (0...1).contains(number) else {
                let shown = value.scalar.map { "`\($0.string)`" } ?? (value.sequence != nil ? "a list" : "a mapping")
                invalid("`okr_status.\(key)` must be a fraction of the planned progress from 0 to 1, not \(shown)", at,
                        "write it like `\(key): \(key == "on_track" ? "0.9" : "0.7")` (90 % of the way to target is 0.9)")
                continue
            }
            given[key] = (number, at)
        }
        if let onTrack = given["on_track"] { thresholds.onTrack = onTrack.0 }
        if let atRisk = given["at_risk"] { thresholds.atRisk = atRisk.0 }
        if thresholds.atRisk > thresholds.onTrack {
            let at = given["at_risk"]?.1 ?? given["on_track"]!.1
            invalid("`okr_status.at_risk` (\(RICEReader.format(thresholds.atRisk))) is above `on_track` (\(RICEReader.format(thresholds.onTrack)))",
                    at, "at risk starts below on track: make `at_risk` the smaller, like `{ on_track: 0.9, at_risk: 0.7 }`")
            thresholds = OKRStatusThresholds()
        }
        return thresholds
    }
}
