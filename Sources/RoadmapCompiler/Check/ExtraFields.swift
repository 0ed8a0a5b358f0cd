import RoadmapCore

/// Unknown fields kept as text, so templates and JSON can still show them.
enum ExtraFields {
    static func collect(_ reader: FieldReader, known: [String]) -> [String: String] {
        var extra: [String: String] = [:]
        for key in reader.keys where !known.contains(key) {
            if let scalar = reader.node(key)?.scalar { extra[key] = scalar.string }
        }
        return extra
    }
}
