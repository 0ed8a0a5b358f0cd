extension Feature {
    /// The fields every JSON document writes of a PRD, in this order (`list --format json` writes
    /// just these; `roadmap.json` adds the site's); unset ones are `null`.
    public var jsonFields: [(String, JSONValue)] {
        [
            ("id", .string(id.rawValue)), ("title", .string(title)), ("status", .string(status)), ("owner", .string(owner)),
            ("team", team.map(JSONValue.string) ?? .null), ("quarter", quarter.map { .string($0.description) } ?? .null),
            ("horizon", horizon.map { .string($0.rawValue) } ?? .null), ("start", start.map { .string($0.description) } ?? .null),
            ("due", due.map { .string($0.description) } ?? .null), ("okrs", .strings(okrs.map(\.description))),
            ("dependsOn", .strings(dependsOn.map(\.rawValue))), ("tags", .strings(tags)), ("rice", rice?.json ?? .null),
            ("scores", .object(scores.keys.sorted().map { ($0, .number(scores[$0]!)) })),
            ("path", .string(path)), ("hasErrors", .bool(hasErrors)),
        ]
    }
}

extension RICE {
    /// `{reach, impact, confidence, effort, score}`, as every JSON document writes a RICE score.
    public var json: JSONValue {
        .object([
            "reach": .number(reach), "impact": .number(impact), "confidence": .number(confidence),
            "effort": .number(effort), "score": .number(score),
        ])
    }
}
