/// Counts as English says them: `1 error`, `2 errors`, `0 warnings`.
public enum Plural {
    public static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }
}
