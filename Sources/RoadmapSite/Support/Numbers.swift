/// Formats numbers the same way on every machine: no locale, no exponent for everyday values.
enum Numbers {
    /// At most two decimals, trailing zeros dropped: `70`, `0.5`, `21333.33`.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "∞" : "-∞") }
        let hundredths = (value * 100).rounded()
        guard abs(hundredths) < 9e15 else { return String(value) }
        let whole = Int(hundredths)
        let sign = whole < 0 ? "-" : ""
        let magnitude = abs(whole)
        let integer = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return sign + String(integer) }
        let digits = fraction < 10 ? "0" + String(fraction) : String(fraction)
        let trimmed = digits.hasSuffix("0") ? String(digits.dropLast()) : digits
        return sign + String(integer) + "." + trimmed
    }

    /// A value with its unit: `64%`, `1200 ms`, `3`.
    static func format(_ value: Double, unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return format(value) }
        let attached = unit == "%" || unit.hasPrefix("%")
        return format(value) + (attached ? unit : " " + unit)
    }

    /// A fraction from 0 to 1 as a whole percentage: `0.8` is `80%`.
    static func percent(_ fraction: Double) -> String { format(fraction * 100) + "%" }
}
