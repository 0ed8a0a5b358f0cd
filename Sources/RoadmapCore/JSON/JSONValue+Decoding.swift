import Foundation

/// JSON read from outside (a language client's messages): Foundation's decoder does the parsing,
/// this gives the document as the same `JSONValue` the project writes, so reading and writing
/// share one vocabulary. Object members come out sorted by key, so a value read twice is equal.
extension JSONValue: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let value = try? container.decode(Bool.self) { self = .bool(value); return }
        if let value = try? container.decode(Int.self) { self = .integer(value); return }
        if let value = try? container.decode(Double.self) { self = .number(value); return }
        if let value = try? container.decode(String.self) { self = .string(value); return }
        if let value = try? container.decode([JSONValue].self) { self = .array(value); return }
        let members = try container.decode([String: JSONValue].self)
        self = .object(members.sorted { $0.key < $1.key })
    }

    /// The document in `bytes`; throws when they are not one well-formed JSON value, or when
    /// arrays and objects nest deeper than `maximumDepth`: decoding recurses once per level, and
    /// a few hundred levels from a hostile client would overflow a thread's stack.
    public static func parse(_ bytes: [UInt8], maximumDepth: Int = 64) throws -> JSONValue {
        guard nestingDepth(bytes) <= maximumDepth else { throw TooDeep(limit: maximumDepth) }
        return try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
    }

    public struct TooDeep: Error, CustomStringConvertible {
        public var limit: Int
        public var description: String { "JSON nested deeper than \(limit) levels" }
    }

    /// The deepest nesting of `[` and `{` outside strings.
    private static func nestingDepth(_ bytes: [UInt8]) -> Int {
        var depth = 0, deepest = 0
        var inString = false, escaped = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x5B, 0x7B:
                depth += 1
                deepest = max(deepest, depth)
            case 0x5D, 0x7D: depth -= 1
            default: break
            }
        }
        return deepest
    }

    /// The member `key` of an object (the first, if given twice); nil for anything else.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    public var stringValue: String? { if case .string(let value) = self { value } else { nil } }
    public var boolValue: Bool? { if case .bool(let value) = self { value } else { nil } }
    public var arrayValue: [JSONValue]? { if case .array(let value) = self { value } else { nil } }
    /// An integer, also when written with a fraction of zero (`3.0`).
    public var intValue: Int? {
        switch self {
        case .integer(let value): value
        case .number(let value): value.rounded() == value ? Int(exactly: value) : nil
        default: nil
        }
    }
}
