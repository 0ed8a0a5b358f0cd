extension ScoreFormula {
    /// The divisions whose divisor can be 0 for some inputs within `ranges`, by interval
    /// arithmetic: each input ranges over its declared interval independently, so `x / (x - x + 1)`
    /// is reported although it never divides by zero (a sound check is allowed to be cautious).
    /// Each with the divisor's span and the values it can take. Inputs without a range are taken
    /// as unbounded.
    public func possibleDivisionsByZero(ranges: [String: ClosedRange<Double>]) -> [(span: Span, bounds: ScoreInterval)] {
        var found: [(span: Span, bounds: ScoreInterval)] = []
        _ = interval(ranges, &found)
        return found
    }

    /// The values the formula can take for inputs within `ranges` (a superset).
    public func bounds(ranges: [String: ClosedRange<Double>]) -> ScoreInterval {
        var ignored: [(span: Span, bounds: ScoreInterval)] = []
        return interval(ranges, &ignored)
    }

    private func interval(_ ranges: [String: ClosedRange<Double>], _ zeroDivisors: inout [(span: Span, bounds: ScoreInterval)]) -> ScoreInterval {
        switch self {
        case .number(let n, _): return ScoreInterval(n, n)
        case .input(let name, _):
            return ranges[name].map { ScoreInterval($0.lowerBound, $0.upperBound) } ?? .unbounded
        case .negate(let operand, _):
            let x = operand.interval(ranges, &zeroDivisors)
            return ScoreInterval(-x.upper, -x.lower)
        case .binary(let op, let lhs, let rhs, _):
            let a = lhs.interval(ranges, &zeroDivisors), b = rhs.interval(ranges, &zeroDivisors)
            switch op {
            case .add: return ScoreInterval(a.lower + b.lower, a.upper + b.upper)
            case .subtract: return ScoreInterval(a.lower - b.upper, a.upper - b.lower)
            case .multiply: return a.times(b)
            case .divide:
                if b.contains(0) {
                    zeroDivisors.append((rhs.span, b))
                    return .unbounded
                }
                return a.times(ScoreInterval(1 / b.upper, 1 / b.lower))
            }
        case .call(let function, let arguments, _):
            let values = arguments.map { $0.interval(ranges, &zeroDivisors) }
            guard let first = values.first else { return .unbounded }
            return values.dropFirst().reduce(first) { x, y in
                function == .min ? ScoreInterval(Swift.min(x.lower, y.lower), Swift.min(x.upper, y.upper))
                    : ScoreInterval(Swift.max(x.lower, y.lower), Swift.max(x.upper, y.upper))
            }
        }
    }
}

/// A closed interval of reals, possibly unbounded at either end.
public struct ScoreInterval: Hashable, Sendable, CustomStringConvertible {
    public let lower: Double
    public let upper: Double

    /// NaN bounds (∞ − ∞, 0 × ∞) widen to unbounded: the interval must stay a superset.
    public init(_ lower: Double, _ upper: Double) {
        self.lower = lower.isNaN ? -.infinity : lower
        self.upper = upper.isNaN ? .infinity : upper
    }

    public static let unbounded = ScoreInterval(-.infinity, .infinity)

    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    /// `[0, 13]`, with `-∞` and `∞` for open ends.
    public var description: String {
        func bound(_ x: Double) -> String { x.isInfinite ? (x < 0 ? "-∞" : "∞") : DecimalText.format(x) }
        return "[\(bound(lower)), \(bound(upper))]"
    }

    func times(_ other: ScoreInterval) -> ScoreInterval {
        let products = [lower * other.lower, lower * other.upper, upper * other.lower, upper * other.upper]
        if products.contains(where: \.isNaN) { return .unbounded }
        return ScoreInterval(products.min()!, products.max()!)
    }
}
