/// A kind of key result: what is measured, in which unit, and which way it should go.
struct MetricKind: Sendable {
    var title: String
    var unit: String
    /// Baseline range in tenths of the unit.
    var baseline: ClosedRange<Int>
    var decreasing: Bool
    /// Upper bound in tenths (100% for rates), so targets stay plausible.
    var ceiling: Int

    static let all: [MetricKind] = [
        MetricKind(title: "Checkout conversion rate", unit: "%", baseline: 15...50, decreasing: false, ceiling: 1000),
        MetricKind(title: "p95 page load time", unit: "ms", baseline: 6000...18000, decreasing: true, ceiling: 100_000),
        MetricKind(title: "Weekly active users", unit: "users", baseline: 100_000...2_000_000, decreasing: false, ceiling: 100_000_000),
        MetricKind(title: "Monthly logo churn", unit: "%", baseline: 15...60, decreasing: true, ceiling: 1000),
        MetricKind(title: "Support tickets per 1000 orders", unit: "tickets", baseline: 40...300, decreasing: true, ceiling: 10_000),
        MetricKind(title: "Net revenue retention", unit: "%", baseline: 950...1150, decreasing: false, ceiling: 2000),
        MetricKind(title: "Crash-free sessions", unit: "%", baseline: 970...994, decreasing: false, ceiling: 999),
        MetricKind(title: "Onboarding completion", unit: "%", baseline: 200...600, decreasing: false, ceiling: 1000),
        MetricKind(title: "Time to first value", unit: "minutes", baseline: 100...600, decreasing: true, ceiling: 10_000),
        MetricKind(title: "Invoices paid on time", unit: "%", baseline: 600...900, decreasing: false, ceiling: 1000),
        MetricKind(title: "Net promoter score", unit: "points", baseline: 50...400, decreasing: false, ceiling: 1000),
        MetricKind(title: "API error rate", unit: "%", baseline: 5...40, decreasing: true, ceiling: 1000),
        MetricKind(title: "Self-serve upgrades", unit: "accounts", baseline: 2000...40000, decreasing: false, ceiling: 10_000_000),
        MetricKind(title: "Median search latency", unit: "ms", baseline: 800...4000, decreasing: true, ceiling: 100_000),
        MetricKind(title: "Manual reconciliation hours", unit: "hours", baseline: 400...2000, decreasing: true, ceiling: 100_000),
        MetricKind(title: "Trial to paid conversion", unit: "%", baseline: 40...180, decreasing: false, ceiling: 1000),
    ]
}

/// Numbers in tenths written the way a person would: `2.5`, `30`, `1200`.
enum Tenths {
    static func text(_ value: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
