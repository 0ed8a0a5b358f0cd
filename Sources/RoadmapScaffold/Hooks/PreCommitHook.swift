import Foundation

/// The pre-commit hook `roadmap hook install` writes: a POSIX sh script that checks what is
/// staged in the roadmap, and costs one `git diff` when the commit does not touch it.
public enum PreCommitHook {
    /// The line that marks a hook as written by roadmap; only such a hook is replaced or removed.
    public static let marker = "# roadmap-hook: pre-commit (written by `roadmap hook install`)"

    /// The script. `roadmapPath` is the roadmap root relative to the repository's top ("" for the
    /// top itself); `watchedPaths` (repository-relative) are what a commit must touch to be checked.
    /// `installedBy` is the absolute path of the binary that wrote the hook: the hook runs it when
    /// no `roadmap` is on the PATH (the PATH wins, so an upgraded install is picked up).
    public static func script(roadmapPath: String, watchedPaths: [String], installedBy binary: String? = nil) -> String {
        let root = roadmapPath.isEmpty ? "." : roadmapPath
        let watched = watchedPaths.map(shellQuoted).joined(separator: " ")
        let fallback = binary.map(shellQuoted) ?? "''"
        return """
            #!/bin/sh
            \(marker)
            # Blocks a commit that would leave errors in the roadmap at \(root), by running
            # `roadmap check --staged` on what is about to be committed. Remove it with
            # `roadmap hook uninstall`; skip it once with `git commit --no-verify`.

            # Git runs hooks from the top of the working tree. Nothing staged under the roadmap:
            # nothing to check.
            if git diff --cached --quiet -- \(watched); then
              exit 0
            fi

            # Which roadmap: $ROADMAP when set, else the one on PATH (so an upgrade is picked up),
            # else the binary that ran `roadmap hook install`.
            installed_by=\(fallback)
            if [ -n "${ROADMAP:-}" ]; then
              roadmap=$ROADMAP
              if ! command -v "$roadmap" >/dev/null 2>&1; then
                echo "roadmap pre-commit hook: the commit was stopped: ROADMAP is set to $roadmap, which is not a command." >&2
                echo "Fix or unset ROADMAP, or commit once without the check: git commit --no-verify" >&2
                exit 1
              fi
            elif command -v roadmap >/dev/null 2>&1; then
              roadmap=roadmap
            elif [ -n "$installed_by" ] && [ -x "$installed_by" ]; then
              roadmap=$installed_by
            else
              looked="on PATH"
              [ -n "$installed_by" ] && looked="on PATH, nor at $installed_by (the binary that installed this hook)"
              echo "roadmap pre-commit hook: the commit was stopped: cannot find the roadmap command $looked." >&2
              echo "Install roadmap (scripts/install.sh in its repository) and run \\`roadmap hook install\\` again," >&2
              echo "or commit once without the check: git commit --no-verify" >&2
              exit 1
            fi
            "$roadmap" check --staged \(shellQuoted(root)) && exit 0
            status=$?
            echo "roadmap pre-commit hook: the commit was stopped by the roadmap check above." >&2
            echo "Fix what it reports and commit again, or skip the check once: git commit --no-verify" >&2
            exit $status

            """
    }

    /// True when `text` is a hook this tool wrote.
    public static func isOurs(_ text: String) -> Bool {
        text.split(separator: "\n").prefix(5).contains { $0 == Substring(marker) }
    }

    /// `'text'`, safe for sh whatever the text holds.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
