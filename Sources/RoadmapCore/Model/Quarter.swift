/// A calendar quarter, written `2026-Q3`.
public struct Quarter: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public let year: Int
    /// 1 to 4.
    public let number: Int

    public init?(year: Int, number: Int) {
        guard (1...9999).contains(year), (1...4).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    /// Parses exactly `YYYY-Qn` (a lower-case `q` is accepted too).
    public init?(_ text: String) {
        let b = Array(text.utf8)
        guard b.count == 7, b[4] == UInt8(ascii: "-"), b[5] == UInt8(ascii: "Q") || b[5] == UInt8(ascii: "q"),
              let year = Int(String(decoding: b[0..<4], as: UTF8.self)), b[0..<4].allSatisfy({ $0 >= 48 && $0 <= 57 }),
              b[6] >= UInt8(ascii: "0"), b[6] <= UInt8(ascii: "9") else { return nil }
        self.init(year: year, number: Int(b[6] - UInt8(ascii: "0")))
    }

    public var description: String { "\(year)-Q\(number)" }

    public var firstDay: CalendarDate { CalendarDate(year: year, month: (number - 1) * 3 + 1, day: 1)! }

    public var lastDay: CalendarDate {
        let month = number * 3
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }

    public var next: Quarter { number == 4 ? Quarter(year: year + 1, number: 1)! : Quarter(year: year, number: number + 1)! }

    public static func < (a: Quarter, b: Quarter) -> Bool { (a.year, a.number) < (b.year, b.number) }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let quarter = Quarter(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "invalid quarter \(text)"))
        }
        self = quarter
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
