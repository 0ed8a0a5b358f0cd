/// A tiny seeded generator (Steele, Lea & Flood's SplitMix64).
///
/// The corpus must be byte-identical on every machine and Swift version, so nothing here touches
/// `SystemRandomNumberGenerator`, floating point or hashing: only 64-bit integer arithmetic.
struct SplitMix64: RandomNumberGenerator {
    private(set) var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one purpose, independent of how many numbers other purposes drew.
    init(_ parts: UInt64...) { state = SplitMix64.mix(parts) }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.finalize(state)
    }

    /// A number in `0..<bound`; 0 when the bound is not positive. The modulo bias is far below
    /// anything a benchmark corpus could notice.
    mutating func below(_ bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        return Int(next() % UInt64(bound))
    }

    /// A number in the closed range.
    mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with the given chance in percent.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// One element; the caller guarantees the array is not empty.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// An index drawn by integer weights (a weight of 0 is never drawn).
    mutating func weighted(_ weights: [Int]) -> Int {
        var roll = below(weights.reduce(0, +))
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return max(0, weights.count - 1)
    }

    /// `count` distinct indices below `bound`, in drawing order.
    mutating func distinct(_ count: Int, below bound: Int) -> [Int] {
        var chosen: [Int] = []
        let wanted = min(count, bound)
        while chosen.count < wanted {
            let candidate = below(bound)
            if !chosen.contains(candidate) { chosen.append(candidate) }
        }
        return chosen
    }

    static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Folds several words into one well-spread seed.
    static func mix(_ parts: [UInt64]) -> UInt64 {
        var acc: UInt64 = 0x6A09_E667_F3BC_C909
        for part in parts { acc = finalize(acc ^ finalize(part &+ 0x9E37_79B9_7F4A_7C15)) }
        return acc
    }
}
