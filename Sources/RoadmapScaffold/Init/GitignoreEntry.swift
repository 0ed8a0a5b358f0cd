import Foundation

/// Keeps the site `roadmap build` writes out of git.
public enum GitignoreEntry {
    /// The line `roadmap init` adds.
    public static let line = "_site/"

    /// The new contents of `.gitignore` (nil when the file does not exist), or nil when it
    /// already ignores `_site` and needs no change.
    public static func updated(_ existing: String?) -> String? {
        guard let existing else { return line + "\n" }
        // Split on any line end: in Swift "\r\n" is one character, not "\r" then "\n".
        let lines = existing.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        if lines.contains(where: { ["_site", "_site/", "/_site", "/_site/"].contains($0.trimmingCharacters(in: .whitespaces)) }) {
            return nil
        }
        let separator = existing.isEmpty || existing.last?.isNewline == true ? "" : "\n"
        return existing + separator + line + "\n"
    }
}
