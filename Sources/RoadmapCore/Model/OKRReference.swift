/// A feature's claim to move an objective (`grow-checkout`) or one key result (`grow-checkout/kr1`).
public struct OKRReference: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let objective: ItemID
    /// Key-result ids follow the item id format and are unique within their objective.
    public let keyResult: String?

    public init(objective: ItemID, keyResult: String? = nil) {
        self.objective = objective
        self.keyResult = keyResult
    }

    /// Parses `objective` or `objective/kr`; nil when either part is malformed.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let objective = ItemID(String(parts[0])) else { return nil }
        if parts.count == 2 {
            guard ItemID.isValid(String(parts[1])) else { return nil }
            self.init(objective: objective, keyResult: String(parts[1]))
        } else {
            self.init(objective: objective)
        }
    }

    public var description: String { keyResult.map { "\(objective)/\($0)" } ?? objective.rawValue }

    public static func < (a: OKRReference, b: OKRReference) -> Bool { a.description < b.description }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let reference = OKRReference(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "invalid OKR reference \(text)"))
        }
        self = reference
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
