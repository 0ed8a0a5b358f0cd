/// A measurable result of an objective, with its progress and the features that move it.
public struct KeyResult: Hashable, Sendable {
    public var id: String
    public var title: String
    public var baseline: Double?
    public var target: Double?
    public var current: Double?
    public var unit: String?
    /// How sure the owner is that the target will be reached, 0 (not at all) to 10 (certain),
    /// as of the last check-in.
    public var confidence: Double?
    /// A word on the last check-in (`note: "Survey wave 3 landed"`).
    public var note: String?
    /// Where the key result's `id` is written.
    public var location: SourceLocation
    /// Features that name this key result in `okrs`, sorted by id.
    public var movedBy: [ItemID] = []

    public init(id: String, title: String, baseline: Double? = nil, target: Double? = nil,
                current: Double? = nil, unit: String? = nil, confidence: Double? = nil, note: String? = nil,
                location: SourceLocation) {
        self.id = id
        self.title = title
        self.baseline = baseline
        self.target = target
        self.current = current
        self.unit = unit
        self.confidence = confidence
        self.note = note
        self.location = location
    }

    /// Whether the metric should fall (target below baseline) rather than rise.
    public var isDecreasing: Bool {
        guard let baseline, let target else { return false }
        return target < baseline
    }

    /// How far current has gone from baseline towards target, direction-aware, clamped to 0...1.
    /// Nil when baseline, target or current is missing or target equals baseline.
    public var progress: Double? {
        guard let baseline, let target, let current, target != baseline else { return nil }
        return min(1, max(0, (current - baseline) / (target - baseline)))
    }
}
