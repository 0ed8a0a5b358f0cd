/// Hands out ids that are unique across objectives and PRDs alike, so a PRD id can never equal
/// an objective id.
struct IDRegistry {
    private var used: Set<String> = []

    /// The slug of `words`, with `-2`, `-3`... appended when it is taken.
    mutating func claim(_ words: String) -> String {
        let base = IDRegistry.slug(words)
        var candidate = base
        var n = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Lower-case letters and digits joined by single hyphens: `[a-z0-9][a-z0-9-]*`.
    static func slug(_ words: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in words.lowercased().unicodeScalars {
            let isWordChar = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
            if isWordChar {
                if pendingHyphen && !out.isEmpty { out += "-" }
                out.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "item" : out
    }
}
