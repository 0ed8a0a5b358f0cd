import Foundation

/// Who a new file belongs to when the command line does not say.
public enum OwnerName {
    /// git's `user.name` when set, else the login name from `$USER`, else "TBD" (still a valid
    /// owner, and easy to search for).
    public static func resolve(gitUserName: String?, environment: [String: String]) -> String {
        for candidate in [gitUserName, environment["USER"], environment["LOGNAME"]] {
            if let name = candidate?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty,
               !name.contains(where: \.isNewline) {
                return name
            }
        }
        return "TBD"
    }
}
