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
        // Byte-level: this runs for every link of every PRD.
        guard let slash = text.utf8.firstIndex(of: UInt8(ascii: "/")) else {
            guard let objective = ItemID(text) else { return nil }
            self.init(objective: objective)
            return
        }
        let kr = String(Substring(text.utf8[text.utf8.index(after: slash)...]))
        guard let objective = ItemID(String(Substring(text.utf8[..<slash]))), ItemID.isValid(kr) else { return nil }
        self.init(objective: objective, keyResult: kr)
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
