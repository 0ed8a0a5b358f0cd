/// A JSON document built in memory and written with sorted keys and a fixed number format, so the
/// same roadmap always gives the same bytes. Written by hand because `JSONEncoder` spent half a
/// second on a 10,000-PRD roadmap.
enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case array([JSONValue])
    /// Keys are sorted when written; absent optional values are left out by `object(_:)`.
    case object([(String, JSONValue)])
    case null

    static func == (a: JSONValue, b: JSONValue) -> Bool { a.bytes == b.bytes }

    /// An object of the pairs whose value is not nil.
    static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(pairs.compactMap { key, value in value.map { (key, $0) } })
    }

    static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    var bytes: [UInt8] {
        var out: [UInt8] = []
        write(into: &out)
        return out
    }

    func write(into out: inout [UInt8]) {
        switch self {
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .number(let d): out += JSONValue.format(d).utf8
        case .integer(let i): out += String(i).utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .null: out += "null".utf8
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            out.append(UInt8(ascii: "{"))
            for (i, pair) in pairs.sorted(by: { $0.0 < $1.0 }).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.writeString(pair.0, into: &out)
                out.append(UInt8(ascii: ":"))
                pair.1.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Whole numbers without a fraction; others in Swift's shortest round-trip form; non-finite
    /// values, which JSON cannot hold, as the strings `"nan"`, `"inf"`, `"-inf"`.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return d.isNaN ? "\"nan\"" : (d > 0 ? "\"inf\"" : "\"-inf\"") }
        if d == d.rounded(), abs(d) < 9_007_199_254_740_992 { return String(Int(d)) }
        return String(d)
    }

    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
