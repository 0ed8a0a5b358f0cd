import RoadmapCore

/// Numbers as people write them in front matter: `70`, `0.5`, `1234.5`.
enum ValueText {
    static func number(_ value: Double?) -> String {
        guard let value else { return "none" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let rounded = (value * 100).rounded() / 100
        return String(rounded)
    }

    /// With a key result's unit, by the rules of `MetricUnit`: `64%`, `45 s`, `+42`, `12,400`.
    static func number(_ value: Double?, unit: String?) -> String {
        guard let value else { return "none" }
        return MetricUnit(unit).text(value)
    }

    static func text<T: CustomStringConvertible>(_ value: T?) -> String { value.map(\.description) ?? "none" }
}
