/// The precision rules, in one place:
///
/// - counts, durations and other units: two decimals below 10, one below 100, none from 100 up
///   (`4.25`, `14.5`, `1,250`), trailing zeros dropped;
/// - percentages: up to two decimals (`99.95%`), since availability-style targets need them;
/// - money: whole amounts from 1,000 up and for currencies without minor units (`¥1,200`),
///   otherwise the currency's minor digits when there is a fraction (`€12.50`, `€12`);
/// - scores: signed, up to one decimal (`+42`, `-3.5`, `0`);
/// - multipliers up to two decimals (`2.5×`), ratios up to three (`0.425`).
///
/// Thousands are grouped with `,` and decimals written with `.` on every machine: no locale.
extension MetricUnit {
    /// `value` as this unit reads: `64%`, `€1,200,000`, `+42`, `3 days`, `1,200 accounts`.
    public func text(_ value: Double) -> String {
        guard value.isFinite else { return DecimalText.format(value) }
        switch self {
        case .count:
            return GroupedNumber.text(value, maxDecimals: GroupedNumber.magnitudeDecimals(value))
        case .percent(let suffix):
            return GroupedNumber.text(value, maxDecimals: 2) + "%" + suffix
        case .currency(let currency):
            return MetricUnit.money(value, currency)
        case .duration(let unit, let long):
            let number = GroupedNumber.text(value, maxDecimals: GroupedNumber.magnitudeDecimals(value))
            return number + " " + (long ? unit.word(plural: number != "1" && number != "-1") : unit.symbol)
        case .score:
            let number = GroupedNumber.text(value, maxDecimals: 1)
            return number == "0" || number.hasPrefix("-") ? number : "+" + number
        case .multiplier:
            return GroupedNumber.text(value, maxDecimals: 2) + "×"
        case .ratio:
            return GroupedNumber.text(value, maxDecimals: 3)
        case .other(let unit):
            return GroupedNumber.text(value, maxDecimals: GroupedNumber.magnitudeDecimals(value)) + " " + unit
        }
    }

    private static func money(_ value: Double, _ currency: Currency) -> String {
        let whole = abs(value) >= 1000 || currency.minorDigits == 0
            || (abs(value) * 100).rounded() == (abs(value).rounded() * 100)
        let digits = whole ? 0 : currency.minorDigits
        let magnitude = GroupedNumber.text(abs(value), maxDecimals: digits, padded: true)
        let sign = value < 0 && magnitude.contains(where: { $0 != "0" && $0 != "." && $0 != "," }) ? "-" : ""
        guard let symbol = currency.symbol else { return sign + currency.code + " " + magnitude }
        return sign + symbol + magnitude
    }
}
