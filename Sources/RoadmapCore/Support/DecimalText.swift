/// Numbers as people read them: at most two decimals, trailing zeros dropped (`70`, `0.5`,
/// `21333.33`). The one formatter of RICE scores, so the table, CSV, log and site agree.
public enum DecimalText {
    public static func format(_ value: Double) -> String {
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
}

extension RICE {
    /// The score as every output prints it.
    public var scoreText: String { RICE.scoreText(score) }

    /// A score (also one recorded in history without its inputs) as every output prints it.
    public static func scoreText(_ score: Double) -> String { DecimalText.format(score) }
}
