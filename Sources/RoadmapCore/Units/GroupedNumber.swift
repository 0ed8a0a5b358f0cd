/// Decimal numbers with thousands grouped by `,` and `.` before the decimals, the same on every
/// machine (Foundation's formatters follow the locale).
enum GroupedNumber {
    /// `1,234.5`: rounded half away from zero to `maxDecimals`, trailing zeros dropped unless
    /// `padded`; never `-0`.
    static func text(_ value: Double, maxDecimals: Int, padded: Bool = false) -> String {
        let scale = pow10(maxDecimals)
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return DecimalText.format(value) }
        let units = UInt64(scaled)
        let integer = units / UInt64(scale)
        var fraction = ""
        if maxDecimals > 0 {
            let digits = String(units % UInt64(scale))
            fraction = String(repeating: "0", count: maxDecimals - digits.count) + digits
        }
        if !padded { while fraction.hasSuffix("0") { fraction.removeLast() } }
        let sign = value < 0 && units > 0 ? "-" : ""
        return sign + grouped(integer) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// Decimals worth showing for a value of this size: 2 below 10, 1 below 100, else none.
    static func magnitudeDecimals(_ value: Double) -> Int {
        let size = abs(value)
        return size < 10 ? 2 : (size < 100 ? 1 : 0)
    }

    private static func grouped(_ number: UInt64) -> String {
        let digits = Array(String(number))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, n) { result *= 10 }
        return result
    }
}
