extension ScoreFormula {
    /// The formula's value for `inputs`; nil when an input is missing or the result is not a
    /// finite number (a division by zero the declared ranges did not rule out, an overflow).
    public func evaluate(_ inputs: [String: Double]) -> Double? {
        guard let value = value(inputs), value.isFinite else { return nil }
        return value
    }

    private func value(_ inputs: [String: Double]) -> Double? {
        switch self {
        case .number(let n, _): return n
        case .input(let name, _): return inputs[name]
        case .negate(let operand, _): return operand.value(inputs).map { -$0 }
        case .binary(let op, let lhs, let rhs, _):
            guard let a = lhs.value(inputs), let b = rhs.value(inputs) else { return nil }
            switch op {
            case .add: return a + b
            case .subtract: return a - b
            case .multiply: return a * b
            case .divide: return b == 0 ? nil : a / b
            }
        case .call(let function, let arguments, _):
            var values: [Double] = []
            for argument in arguments {
                guard let v = argument.value(inputs) else { return nil }
                values.append(v)
            }
            return function == .min ? values.min() : values.max()
        }
    }
}
