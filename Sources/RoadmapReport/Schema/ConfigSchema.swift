import RoadmapCore

/// The JSON Schema of `roadmap.yml`.
enum ConfigSchema {
    static var document: JSONValue {
        typealias P = SchemaParts
        let folder: JSONValue = .object([
            ("type", "string"), ("pattern", "^(?!/)(?!(.*/)?\\.\\.(/|$))[^\\\\]+$"),
            ("description", "A folder inside the roadmap, relative to roadmap.yml, without `..`."),
        ])
        let statusList: JSONValue = .object([
            ("type", ["array", "null"]), ("items", .object([("type", "string"), ("pattern", "^\\S+$")])),
        ])
        let codes = DiagnosticCode.allCases.map { String($0.rawValue.dropFirst(2)) }.joined(separator: "|")
        let rules: JSONValue = .object([
            ("type", ["object", "null"]),
            ("propertyNames", .object([("anyOf", [
                .object([("pattern", .string("^[Rr][Mm](\(codes))$"))]),
                .object([("enum", .array(DiagnosticCode.allCases.map { .string($0.name) }))]),
            ])])),
            // YAML 1.1 reads a bare `off` or `no` as false; the compiler takes that as off.
            ("additionalProperties", .object([("enum", ["error", "warning", "off", "false", "no", false])])),
            ("description", "Severity per diagnostic, by code (RM604) or name (missing-rice): error, warning or off."),
        ])
        let range: JSONValue = .object([("type", "array"), ("items", .object([("type", "number")])), ("minItems", 2), ("maxItems", 2),
                                        ("description", "The lowest and the highest value a PRD may give.")])
        let scores: JSONValue = .object([
            ("type", ["object", "null"]),
            ("propertyNames", .object([("pattern", "^[a-z][a-z0-9_-]*$")])),
            ("additionalProperties", .object([
                ("type", "object"), ("required", ["formula", "inputs"]), ("additionalProperties", false),
                ("properties", .object([
                    ("formula", .object([("type", "string"), ("description", "Numbers, input names, + - * /, parentheses, min(...) and max(...).")])),
                    ("label", .object([("type", "string")])),
                    ("inputs", .object([("type", "object"), ("propertyNames", .object([("pattern", "^[A-Za-z_][A-Za-z0-9_]*$")])),
                                        ("additionalProperties", range)])),
                ])),
            ])),
            ("description", "Custom scores: a formula over inputs that PRDs give under the score's name."),
        ])
        let capacity: JSONValue = .object([
            ("type", ["object", "null"]),
            ("additionalProperties", .object([
                ("type", "object"), ("propertyNames", .object([("pattern", "^[0-9]{4}-[Qq][1-4]$")])),
                ("additionalProperties", .object([("type", "number"), ("minimum", 0)])),
            ])),
            ("description", "Team -> quarter (YYYY-Qn) -> person-months the team can spend in it."),
        ])
        return .object([
            ("$schema", .string(P.draft)),
            ("$id", "urn:roadmap:schema:config:1"),
            // The version of this document as `roadmap schema` prints it, as every JSON output carries one.
            ("schemaVersion", .integer(P.schemaVersion)),
            ("title", "roadmap.yml"),
            ("description", "The settings of a roadmap, format version 1. Every key is optional."),
            ("type", ["object", "null"]),
            ("properties", .object([
                ("title", P.orNull(P.text)),
                ("base_url", P.orNull(.object([("type", "string")]))),
                ("prds", P.orNull(folder)),
                ("okrs", P.orNull(folder)),
                ("statuses", .object([("type", ["array", "null"]), ("minItems", 1), ("uniqueItems", true),
                                      ("items", .object([("type", "string"), ("pattern", "^\\S+$")]))])),
                ("active_statuses", statusList),
                ("done_statuses", statusList),
                ("required_sections", P.list(of: P.ref("text"))),
                ("rules", rules),
                ("transitions", .object([("type", ["object", "null"]), ("additionalProperties", statusList),
                                         ("description", "Status -> the statuses a PRD may move to from it; a status not listed may move anywhere.")])),
                ("requires", .object([("type", ["object", "null"]), ("additionalProperties", P.list(of: P.ref("text"))),
                                      ("description", "Status -> the PRD fields a PRD in that status must have.")])),
                ("audiences", .object([("type", ["object", "null"]),
                                       ("additionalProperties", .object([
                                           ("type", "object"), ("required", ["show"]), ("additionalProperties", false),
                                           ("properties", .object([
                                               ("show", P.list(of: .object([("enum", ["public", "internal", "confidential"])]))),
                                               ("hide_fields", P.list(of: P.ref("text"))),
                                               ("drop_sections", P.list(of: P.ref("text"))),
                                               ("say_hidden", .object([("type", "boolean")])),
                                           ])),
                                       ])),
                                       ("description", "Audience name -> the visibilities it shows, the front-matter fields it hides and the H2 sections it drops (RM818-RM820).")])),
                ("wip_limits", .object([("type", ["object", "null"]),
                                        ("additionalProperties", .object([("type", "integer"), ("minimum", 0), ("maximum", 1_000_000)])),
                                        ("description", "Status -> the most PRDs it may hold at once; the board marks a column over its limit and check warns (RM330).")])),
                ("max_file_size", P.orNull(.object([("type", "integer"), ("minimum", 1024), ("maximum", .number(Double(1 << 30)))]))),
                ("stale_after_days", P.orNull(.object([("type", "integer"), ("minimum", 1), ("maximum", 36_500)]))),
                ("max_slips", P.orNull(.object([("type", "integer"), ("minimum", 0), ("maximum", 1000)]))),
                ("checkin_every_days", P.orNull(.object([("type", "integer"), ("minimum", 1), ("maximum", 36_500),
                                                         ("description", "Warn (RM971) about a key result without a check-in for more days than this.")]))),
                ("okr_status", .object([("type", ["object", "null"]), ("additionalProperties", false),
                                        ("properties", .object([
                                            ("on_track", .object([("type", "number"), ("minimum", 0), ("maximum", 1)])),
                                            ("at_risk", .object([("type", "number"), ("minimum", 0), ("maximum", 1)])),
                                        ])),
                                        ("description", "Least projected progress (fraction of the way to target at the period's end) for on track and at risk; default 0.9 and 0.7.")])),
                ("scores", scores),
                ("capacity", capacity),
                ("portfolio", .object([("type", ["array", "null"]),
                                       ("items", .object([
                                           ("type", "object"), ("required", ["name", "repo"]), ("additionalProperties", false),
                                           ("properties", .object([
                                               ("name", .object([("type", "string"), ("pattern", "^[a-z0-9][a-z0-9-]*$")])),
                                               ("repo", .object([("type", "string"), ("minLength", 1)])),
                                               ("ref", .object([("type", "string"), ("minLength", 1)])),
                                               ("path", .object([("type", "string")])),
                                           ])),
                                       ])),
                                       ("description", "The roadmaps this one gathers: a name for `name:id` references, a local path or file:// URL, the ref a pin is taken from and the roadmap's folder; pinned in roadmap.lock (RM821-RM824).")])),
            ])),
            ("additionalProperties", false),
            ("$defs", P.defs),
        ])
    }
}
