import RoadmapCore

/// Formats numbers the same way on every machine: no locale, no exponent for everyday values.
enum Numbers {
    /// At most two decimals, trailing zeros dropped: `70`, `0.5`, `21333.33`.
    static func format(_ value: Double) -> String { DecimalText.format(value) }

    /// A value with its unit, by the rules of `MetricUnit`: `64%`, `1,200 ms`, `€1,200,000`, `+42`.
    static func format(_ value: Double, unit: String?) -> String { MetricUnit(unit).text(value) }

    /// A fraction from 0 to 1 as a whole percentage: `0.8` is `80%`.
    static func percent(_ fraction: Double) -> String { format(fraction * 100) + "%" }
}
