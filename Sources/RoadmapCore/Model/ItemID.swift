/// The id of a PRD or an objective: `[a-z0-9][a-z0-9-]*`, unique across the roadmap.
///
/// Ids become file names on the site, so only a validated `ItemID` may name an output path.
public struct ItemID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts only a well-formed id; anything else (`../x`, `A`, empty) is nil.
    public init?(_ text: String) {
        guard ItemID.isValid(text) else { return nil }
        rawValue = text
    }

    public var description: String { rawValue }

    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, bytes.count <= 100, isLowerAlnum(first) else { return false }
        return bytes.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isLowerAlnum(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }

    public static func < (a: ItemID, b: ItemID) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = ItemID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "invalid id \(text)"))
        }
        self = id
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
