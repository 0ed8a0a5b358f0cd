import RoadmapCore

/// JSON Schemas (draft 2020-12) of the front matter of PRDs and objectives and of
/// `roadmap.yml`, as docs/FORMAT.md defines them, for editors that validate YAML while people
/// type. Statuses come from the roadmap's workflow.
///
/// What a schema cannot say is left to `roadmap check`: links between files, `due` before
/// `start`, a target equal to its baseline. Unknown keys are refused here; the compiler reports
/// them as warnings (RM203).
public enum FrontMatterSchema {
    /// Which schema.
    public enum Kind: String, Sendable, CaseIterable {
        case prd, objective, config
    }

    /// The schema document of `kind` for a roadmap configured by `config`.
    public static func document(_ kind: Kind, config: RoadmapConfig = RoadmapConfig()) -> JSONValue {
        switch kind {
        case .prd: prd(config)
        case .objective: objective
        case .config: ConfigSchema.document
        }
    }

    static func prd(_ config: RoadmapConfig) -> JSONValue {
        typealias P = SchemaParts
        // Each custom score of the roadmap is a field: a mapping of its inputs, each in its range.
        let scoreFields: [(String, JSONValue)] = config.scores.map { score in
            (score.name, P.orNull(.object([
                ("type", "object"), ("additionalProperties", false),
                ("properties", .object(score.inputs.map { input in
                    (input.name, .object([("type", "number"), ("minimum", .number(input.range.lowerBound)),
                                          ("maximum", .number(input.range.upperBound))]))
                })),
                ("description", .string("The inputs of the score `\(score.name)`: \(score.formulaText)")),
            ])))
        }
        return .object([
            ("$schema", .string(P.draft)),
            ("$id", "urn:roadmap:schema:prd:1"),
            // The version of this document as `roadmap schema` prints it, as every JSON output carries one.
            ("schemaVersion", .integer(P.schemaVersion)),
            ("title", "PRD front matter"),
            ("description", "The YAML front matter of a PRD, roadmap format version 1."),
            ("type", "object"),
            ("required", ["id", "title", "status", "owner"]),
            ("properties", .object([
                ("id", P.describe(P.ref("id"), "Unique across the roadmap's PRDs and objectives.")),
                ("title", P.describe(P.ref("text"), "The PRD's name.")),
                ("status", .object([("enum", .array(config.statuses.map(JSONValue.string))),
                                    ("description", "One of the workflow's statuses, in order.")])),
                ("owner", P.describe(P.ref("text"), "The person accountable.")),
                ("team", P.orNull(P.text)),
                ("quarter", P.orNull(P.quarter)),
                ("horizon", .object([("enum", ["now", "next", "later", .null]),
                                     ("description", "For work without a committed quarter.")])),
                ("start", P.orNull(P.date)),
                ("due", P.orNull(P.date)),
                ("okrs", P.describe(P.list(of: P.ref("okrReference")), "Objectives or key results (objective/kr) the work moves.")),
                ("depends_on", P.describe(P.list(of: P.ref("id")), "Ids of PRDs that must be done first.")),
                ("rice", P.orNull(P.rice)),
                ("tags", P.list(of: P.ref("text"))),
                ("visibility", .object([("enum", ["public", "internal", "confidential", .null]),
                                        ("description", "Who may see it: each audience in roadmap.yml shows some visibilities. Default internal.")])),
            ] + scoreFields)),
            ("additionalProperties", false),
            ("$defs", P.defs),
        ])
    }

    static var objective: JSONValue {
        typealias P = SchemaParts
        return .object([
            ("$schema", .string(P.draft)),
            ("$id", "urn:roadmap:schema:objective:1"),
            // The version of this document as `roadmap schema` prints it, as every JSON output carries one.
            ("schemaVersion", .integer(P.schemaVersion)),
            ("title", "Objective front matter"),
            ("description", "The YAML front matter of an objective, roadmap format version 1."),
            ("type", "object"),
            ("required", ["id", "title"]),
            ("properties", .object([
                ("id", P.describe(P.ref("id"), "Unique across the roadmap's PRDs and objectives.")),
                ("title", P.describe(P.ref("text"), "The objective, as a sentence.")),
                ("period", P.orNull(P.quarter)),
                ("owner", P.orNull(P.text)),
                ("visibility", .object([("enum", ["public", "internal", "confidential", .null]),
                                        ("description", "Who may see it: each audience in roadmap.yml shows some visibilities. Default internal.")])),
                ("key_results", P.list(of: P.ref("keyResult"))),
            ])),
            ("additionalProperties", false),
            ("$defs", P.defs),
        ])
    }
}
