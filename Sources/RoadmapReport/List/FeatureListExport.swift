import Foundation
import RoadmapCore

/// PRDs for other programs: a versioned JSON document, or CSV as RFC 4180 defines it.
public enum FeatureListExport {
    /// The version of the JSON document; bumped only when a field changes meaning or goes away.
    public static let schemaVersion = 2

    /// `{schemaVersion, tool, count, features: [...]}` (`schemas/list.schema.json`); each feature with
    /// every field, `null` where unset, RICE with its score, `scores` with each custom score it has. Fields are only ever added within a version.
    public static func json(_ features: [Feature]) -> String {
        JSONValue.object([
            ("schemaVersion", .integer(schemaVersion)),
            ("tool", "roadmap"),
            ("count", .integer(features.count)),
            ("features", .array(features.map(entry))),
        ]).rendered()
    }

    static func entry(_ f: Feature) -> JSONValue { .object(f.jsonFields) }

    static let csvHeader = ["id", "title", "status", "team", "owner", "quarter", "horizon", "start", "due",
                            "rice_score", "okrs", "depends_on", "tags", "path"]

    /// A header row and one record per PRD, CRLF line ends; fields holding a comma, a quote or a
    /// line break are quoted, quotes doubled. Lists are joined with `;`. Each custom score adds a
    /// last column `NAME_score`, empty where the PRD has none.
    public static func csv(_ features: [Feature], scores: [ScoreDefinition] = []) -> String {
        let records = [csvHeader + scores.map { "\($0.name)_score" }] + features.map { f in
            [f.id.rawValue, f.title, f.status, f.team ?? "", f.owner, f.quarter?.description ?? "",
             f.horizon?.rawValue ?? "", f.start?.description ?? "", f.due?.description ?? "",
             f.rice?.scoreText ?? "", f.okrs.map(\.description).joined(separator: ";"),
             f.dependsOn.map(\.rawValue).joined(separator: ";"), f.tags.joined(separator: ";"), f.path]
                + scores.map { f.scores[$0.name].map(DecimalText.format) ?? "" }
        }
        return records.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
