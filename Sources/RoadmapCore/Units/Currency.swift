/// A currency by its ISO 4217 code, with the symbol and minor digits amounts are shown with.
///
/// Hand-written rather than taken from Foundation's locale data: that data differs between
/// platforms and versions, and the roadmap's output must be byte-identical everywhere.
public struct Currency: Hashable, Sendable {
    /// `EUR`.
    public let code: String
    /// `€`, or nil where the code itself is shown (`CHF 1,200`).
    public let symbol: String?
    /// Digits after the decimal point of a small amount: 2 for most, 0 for `JPY`, 3 for `KWD`.
    public let minorDigits: Int

    /// The currency with this ISO code (any case), or nil for a code not in the table.
    public init?(code: String) {
        guard let known = Currency.table[code.uppercased()] else { return nil }
        self = known
    }

    private init(_ code: String, _ symbol: String?, _ minorDigits: Int = 2) {
        self.code = code
        self.symbol = symbol
        self.minorDigits = minorDigits
    }

    /// Only symbols nobody reads as another currency get one; `$` is the US dollar's alone.
    private static let table: [String: Currency] = Dictionary(uniqueKeysWithValues: [
        Currency("EUR", "€"), Currency("USD", "$"), Currency("GBP", "£"), Currency("JPY", "¥", 0),
        Currency("INR", "₹"), Currency("KRW", "₩", 0),
        Currency("AUD", nil), Currency("BRL", nil), Currency("CAD", nil), Currency("CHF", nil),
        Currency("CNY", nil), Currency("CZK", nil), Currency("DKK", nil), Currency("HKD", nil),
        Currency("HUF", nil), Currency("IDR", nil), Currency("ILS", nil), Currency("ISK", nil, 0),
        Currency("KWD", nil, 3), Currency("BHD", nil, 3), Currency("MXN", nil), Currency("NOK", nil),
        Currency("NZD", nil), Currency("PLN", nil), Currency("SEK", nil), Currency("SGD", nil),
        Currency("THB", nil), Currency("TRY", nil), Currency("TWD", nil), Currency("VND", nil, 0),
        Currency("CLP", nil, 0), Currency("ZAR", nil), Currency("AED", nil), Currency("SAR", nil),
    ].map { ($0.code, $0) })
}
