/// The version printed by `--version` and written into generated files.
public enum RoadmapVersion {
    public static let current = "0.1.0"
}
