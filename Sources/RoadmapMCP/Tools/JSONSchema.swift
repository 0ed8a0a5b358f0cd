import MCP

/// The small part of JSON Schema the tools' input schemas use, so that each tool's arguments
/// read as a list of names, types and descriptions. Every schema forbids unknown arguments: an
/// assistant that guesses a name is told so instead of having it ignored.
enum JSONSchema {
    static func object(_ properties: [String: Value], required: [String] = []) -> Value {
        var schema: [String: Value] = [
            "type": "object", "properties": .object(properties), "additionalProperties": false,
        ]
        if !required.isEmpty { schema["required"] = .array(required.map(Value.string)) }
        return .object(schema)
    }

    static func string(_ description: String, oneOf values: [String]? = nil, pattern: String? = nil) -> Value {
        var schema: [String: Value] = ["type": "string", "description": .string(description)]
        if let values { schema["enum"] = .array(values.map(Value.string)) }
        if let pattern { schema["pattern"] = .string(pattern) }
        return .object(schema)
    }

    /// A list of strings; a lone string is taken as a list of one.
    static func strings(_ description: String) -> Value {
        .object(["type": "array", "items": ["type": "string"], "description": .string(description)])
    }

    static func boolean(_ description: String) -> Value {
        .object(["type": "boolean", "description": .string(description)])
    }

    static func integer(_ description: String, minimum: Int) -> Value {
        .object(["type": "integer", "minimum": .int(minimum), "description": .string(description)])
    }

    /// A value written as text, given as a string or a number.
    static func scalar(_ description: String) -> Value {
        .object(["type": ["string", "number"], "description": .string(description)])
    }

    /// An object of field names to values (strings or numbers).
    static func fields(_ description: String) -> Value {
        .object([
            "type": "object", "additionalProperties": ["type": ["string", "number"]],
            "description": .string(description),
        ])
    }

    static let day = #"^\d{4}-\d{2}-\d{2}$"#

    /// The property names of an object schema.
    static func propertyNames(of schema: Value) -> Set<String> {
        Set((schema.objectValue?["properties"]?.objectValue ?? [:]).keys)
    }
}
