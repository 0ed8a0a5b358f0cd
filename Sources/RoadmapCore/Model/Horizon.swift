/// A coarse plan for features without a quarter.
public enum Horizon: String, Sendable, Codable, CaseIterable, Comparable {
    case now, next, later

    public static func < (a: Horizon, b: Horizon) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
