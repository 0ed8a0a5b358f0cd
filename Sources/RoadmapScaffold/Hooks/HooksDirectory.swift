/// Where git looks for hooks.
public enum HooksDirectory {
    /// `core.hooksPath` when set (`~/` expanded; relative to the top of the working tree, as git
    /// runs hooks from there), else `hooks` in the repository's common git directory, which
    /// linked worktrees share.
    public static func resolve(configured: String?, workdir: String?, commonDirectory: String, home: String?) -> String {
        guard let configured, !configured.isEmpty else { return commonDirectory + "/hooks" }
        if configured.hasPrefix("/") { return trimmed(configured) }
        if configured == "~" || configured.hasPrefix("~/"), let home {
            return trimmed(home + configured.dropFirst())
        }
        return trimmed((workdir ?? commonDirectory) + "/" + configured)
    }

    private static func trimmed(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}
