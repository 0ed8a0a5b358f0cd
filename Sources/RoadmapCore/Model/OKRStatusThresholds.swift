/// `okr_status` in roadmap.yml: the least projected progress (from baseline to target, at the
/// end of the objective's period, as a fraction of the planned 100 %) for each status.
public struct OKRStatusThresholds: Hashable, Sendable {
    /// At or above this a key result is on track.
    public var onTrack: Double
    /// At or above this (and below `onTrack`) it is at risk; below it, off track.
    public var atRisk: Double

    public init(onTrack: Double = 0.9, atRisk: Double = 0.7) {
        self.onTrack = onTrack
        self.atRisk = atRisk
    }
}
