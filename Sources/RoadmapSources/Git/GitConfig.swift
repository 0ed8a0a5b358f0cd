import CGit2

/// Reads from git's configuration the way git does: repository, then global, then system.
public enum GitConfig {
    /// `user.name` as git would use it for a commit in `repository` (its local config wins over
    /// the global one); with no repository, from the global and system configuration only.
    /// Nil when unset, empty, or the configuration cannot be read.
    public static func userName(for repository: GitRepository?) -> String? {
        string("user.name", for: repository)
    }

    /// Any string value, e.g. `user.email`; nil when unset or unreadable.
    public static func string(_ key: String, for repository: GitRepository?) -> String? {
        LibGit2.ensureInitialized()
        if let repository {
            return repository.withHandle { (repo: OpaquePointer) -> String? in
                var snapshot: OpaquePointer?
                guard git_repository_config_snapshot(&snapshot, repo) == 0, let snapshot else { return nil }
                defer { git_config_free(snapshot) }
                return value(key, in: snapshot)
            }
        }
        var config: OpaquePointer?
        guard git_config_open_default(&config) == 0, let config else { return nil }
        defer { git_config_free(config) }
        // Reading a string needs a snapshot: the live config may change under the pointer.
        var snapshot: OpaquePointer?
        guard git_config_snapshot(&snapshot, config) == 0, let snapshot else { return nil }
        defer { git_config_free(snapshot) }
        return value(key, in: snapshot)
    }

    private static func value(_ key: String, in snapshot: OpaquePointer) -> String? {
        var text: UnsafePointer<CChar>?
        guard key.withCString({ git_config_get_string(&text, snapshot, $0) }) == 0, let text else { return nil }
        let value = String(cString: text)
        return value.isEmpty ? nil : value
    }
}
