import RoadmapCore

/// Formats numbers the same way on every machine: no locale, no exponent for everyday values.
enum Numbers {
    /// At most two decimals, trailing zeros dropped: `70`, `0.5`, `21333.33`.
    static func format(_ value: Double) -> String { DecimalText.format(value) }

    /// A value with its unit: `64%`, `1200 ms`, `3`.
    static func format(_ value: Double, unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return format(value) }
        let attached = unit == "%" || unit.hasPrefix("%")
        return format(value) + (attached ? unit : " " + unit)
    }

    /// A fraction from 0 to 1 as a whole percentage: `0.8` is `80%`.
    static func percent(_ fraction: Double) -> String { format(fraction * 100) + "%" }
}
