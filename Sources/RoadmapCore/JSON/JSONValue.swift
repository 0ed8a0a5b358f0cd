/// A JSON document built in code, written through `JSONWriter` with its keys in the order given:
/// documents list their keys in the order their schemas do, `schemaVersion` first.
public indirect enum JSONValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    /// Keys in order; a key given twice is written twice, so builders must not.
    case object([(String, JSONValue)])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    /// An object whose nil values are written as `null`: a key is always present, whatever it holds.
    public static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(pairs.map { ($0.key, $0.value ?? .null) })
    }

    /// An object of a dictionary's entries, in key order (the same bytes whatever the hashing).
    public static func sorted(_ fields: [String: String]) -> JSONValue {
        .object(fields.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
    }

    public static func strings(_ values: some Sequence<String>) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// Two-space indented, with a final newline.
    public func rendered() -> String {
        var writer = JSONWriter(.indented)
        write(into: &writer)
        return writer.text
    }

    /// Compact UTF-8 bytes, for files the site publishes.
    public var compactBytes: [UInt8] {
        var writer = JSONWriter(.compact)
        write(into: &writer)
        return writer.bytes
    }

    public func write(into writer: inout JSONWriter, key: String? = nil) {
        switch self {
        case .null: writer.null(key: key)
        case .bool(let value): writer.bool(value, key: key)
        case .number(let value): writer.number(value, key: key)
        case .integer(let value): writer.integer(value, key: key)
        case .string(let value): writer.string(value, key: key)
        case .array(let items):
            writer.beginArray(key)
            for item in items { item.write(into: &writer) }
            writer.endArray()
        case .object(let members):
            writer.beginObject(key)
            for (name, value) in members { value.write(into: &writer, key: name) }
            writer.endObject()
        }
    }

    /// Equal when they write the same bytes (a whole number is the same as an integer).
    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.compactBytes == b.compactBytes }

    public func hash(into hasher: inout Hasher) { hasher.combine(compactBytes) }
}
