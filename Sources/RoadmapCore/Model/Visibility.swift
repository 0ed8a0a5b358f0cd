/// Who may see a PRD or an objective: audiences in `roadmap.yml` name the visibilities they show.
public enum Visibility: String, Sendable, Codable, CaseIterable, Comparable {
    case `public`, `internal`, confidential

    /// What a PRD or objective without `visibility` has: seen by the team, not by the public.
    public static let `default` = Visibility.internal

    public static func < (a: Visibility, b: Visibility) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
