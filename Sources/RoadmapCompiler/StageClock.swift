import Dispatch

/// Measures the wall time of stages, one lap after another: the compiler's, and the live
/// preview's after them.
public struct StageClock {
    private var last = DispatchTime.now().uptimeNanoseconds
    public private(set) var laps: [(stage: String, seconds: Double)]

    /// Continues after `laps` already measured (a compile's).
    public init(after laps: [(stage: String, seconds: Double)] = []) { self.laps = laps }

    public mutating func lap(_ stage: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append((stage, Double(now - last) / 1e9))
        last = now
    }
}
