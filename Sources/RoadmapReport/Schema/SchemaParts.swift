import RoadmapCore

/// The building blocks the JSON Schemas share, written once so the PRD, objective and
/// configuration schemas describe ids, quarters and dates the same way the compiler reads them.
enum SchemaParts {
    static let draft = "https://json-schema.org/draft/2020-12/schema"
    static let schemaVersion = 2

    /// `[a-z0-9][a-z0-9-]*`, at most 100 characters (ItemID).
    static let id: JSONValue = .object([
        ("type", "string"), ("pattern", "^[a-z0-9][a-z0-9-]*$"), ("maxLength", 100),
    ])

    /// `objective` or `objective/kr`.
    static let okrReference: JSONValue = .object([
        ("type", "string"), ("pattern", "^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)?$"),
    ])

    /// `YYYY-Qn`, n from 1 to 4, a lower-case q accepted; the year is 0001 to 9999.
    static let quarter: JSONValue = .object([
        ("type", "string"), ("pattern", "^(?!0000)[0-9]{4}-[Qq][1-4]$"),
        ("description", "A quarter, written YYYY-Qn with n from 1 to 4, like 2026-Q3."),
    ])

    /// A real calendar day written `YYYY-MM-DD`.
    static let date: JSONValue = .object([
        ("type", "string"), ("format", "date"), ("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
        ("description", "A calendar day written YYYY-MM-DD, like 2026-07-06; it must exist (no 2026-02-30)."),
    ])

    /// Text: YAML may read a bare `2026` or `1.5` as a number, and the compiler takes it as text.
    static let text: JSONValue = .object([("type", ["string", "number"]), ("pattern", "\\S")])

    /// A field that may also be left empty (`team:`), which the compiler reads as absent. The
    /// schema gains `null` among its types (its other keywords only constrain the other types),
    /// so a validator still explains exactly what is wrong with a value that is there.
    static func orNull(_ schema: JSONValue) -> JSONValue {
        guard case .object(var members) = schema else { return schema }
        if let index = members.firstIndex(where: { $0.0 == "type" }) {
            switch members[index].1 {
            case .string(let type): members[index].1 = [.string(type), "null"]
            case .array(let types): members[index].1 = .array(types + ["null"])
            default: break
            }
        } else if let index = members.firstIndex(where: { $0.0 == "enum" }), case .array(let values) = members[index].1 {
            members[index].1 = .array(values + [.null])
        }
        return .object(members)
    }

    static func list(of items: JSONValue) -> JSONValue {
        .object([("type", ["array", "null"]), ("items", items)])
    }

    static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/$defs/\(name)"))]) }

    static func describe(_ schema: JSONValue, _ description: String) -> JSONValue {
        guard case .object(var members) = schema else { return schema }
        members.append(("description", .string(description)))
        return .object(members)
    }

    /// RICE inputs with Intercom's ranges.
    static let rice: JSONValue = .object([
        ("type", "object"),
        ("description", "RICE: score = reach x impact x confidence / effort."),
        ("required", ["reach", "impact", "confidence", "effort"]),
        ("properties", .object([
            ("reach", .object([("type", "number"), ("minimum", 0), ("description", "People or events per quarter, 0 or more.")])),
            ("impact", .object([("enum", [3, 2, 1, .number(0.5), .number(0.25)]),
                                ("description", "3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal.")])),
            ("confidence", .object([
                ("anyOf", [
                    .object([("type", "number"), ("minimum", 0), ("maximum", 1)]),
                    .object([("type", "string"), ("pattern", "^\\s*(100(\\.0*)?|[0-9]{1,2}(\\.[0-9]*)?|\\.[0-9]+)\\s*%\\s*$")]),
                ]),
                ("description", "A percentage from 0% to 100%, or a fraction from 0 to 1; a bare 80 is out of range."),
            ])),
            ("effort", .object([("type", "number"), ("exclusiveMinimum", 0), ("description", "Person-months, more than 0.")])),
        ])),
        ("additionalProperties", false),
    ])

    static let keyResult: JSONValue = .object([
        ("type", "object"),
        ("required", ["id", "title"]),
        ("properties", .object([
            ("id", describe(ref("id"), "Unique within its objective, like kr1.")),
            ("title", describe(ref("text"), "What is measured.")),
            ("baseline", orNull(.object([("type", "number")]))),
            ("target", orNull(.object([("type", "number"), ("description", "Must differ from baseline; below it when the metric should fall.")]))),
            ("current", orNull(.object([("type", "number")]))),
            ("unit", orNull(text)),
            ("confidence", orNull(.object([("type", "number"), ("minimum", 0), ("maximum", 10),
                                          ("description", "How sure the owner is of reaching the target, 0 to 10, at this check-in.")]))),
            ("note", orNull(describe(text, "A word on this check-in."))),
        ])),
        ("additionalProperties", false),
    ])

    static let defs: JSONValue = .object([
        ("id", id), ("okrReference", okrReference), ("quarter", quarter), ("date", date), ("text", text),
        ("keyResult", keyResult),
    ])
}
