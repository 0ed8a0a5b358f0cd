/// What a key result's free-text `unit` means for how its numbers read. One vocabulary, used by
/// the site, the command line and the exports alike; JSON keeps the raw numbers and the unit as
/// written.
///
/// Recognised units (case-insensitive): `%` (also `percent`, `pct`, and `% of …`), ISO currency
/// codes (`EUR`, `USD`, `GBP`, `JPY`, …), durations (`ms`, `s`, `min`, `h`, `d`, `w` and their
/// words), score-style metrics (`NPS`, `eNPS`), multipliers (`x`, `×`) and `ratio`. No unit is
/// a count; anything else is shown after the number as written.
public enum MetricUnit: Hashable, Sendable {
    /// No unit: a plain count, thousands grouped.
    case count
    /// `64%`; `suffix` is what followed the `%` (`" of users"` for `% of users`).
    case percent(suffix: String)
    /// An amount of money.
    case currency(Currency)
    /// A span of time; `long` when written as a word (`days`), so it is shown as one (`1 day`).
    case duration(TimeUnit, long: Bool)
    /// A signed score such as NPS (-100 to 100): `+42`, `-5`, `0`.
    case score(name: String)
    /// A multiple: `2.5×`.
    case multiplier
    /// A ratio, usually from 0 to 1: `0.425`.
    case ratio
    /// Any other unit, shown after the number: `1,200 accounts`.
    case other(String)

    /// The unit a key result's `unit` field names; nil or blank is a count.
    public init(_ written: String?) {
        let text = (written ?? "").trimmingWhitespace
        guard !text.isEmpty else { self = .count; return }
        if text.hasPrefix("%") { self = .percent(suffix: String(text.dropFirst())); return }
        let key = text.lowercased()
        if let known = MetricUnit.words[key] { self = known; return }
        if let currency = Currency(code: text) { self = .currency(currency); return }
        if let (unit, long) = TimeUnit.named(key) { self = .duration(unit, long: long); return }
        self = .other(text)
    }

    private static let words: [String: MetricUnit] = [
        "percent": .percent(suffix: ""), "pct": .percent(suffix: ""),
        "nps": .score(name: "NPS"), "enps": .score(name: "eNPS"),
        "x": .multiplier, "×": .multiplier, "ratio": .ratio,
    ]
}

extension KeyResult {
    /// How this key result's numbers read.
    public var metricUnit: MetricUnit { MetricUnit(unit) }

    /// One of this key result's numbers with its unit: `64%`, `€1,200,000`, `+42`, `3 days`.
    public func text(_ value: Double) -> String { metricUnit.text(value) }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
