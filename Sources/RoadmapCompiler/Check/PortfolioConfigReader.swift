import RoadmapCore
import Yams

/// Reads `portfolio` in `roadmap.yml`: a list of `{name, repo, ref, path}`, one per roadmap the
/// portfolio gathers. Every mistake is RM821, and an entry with a mistake is left out (its
/// references then say the source is unknown, rather than reading some other repository).
enum PortfolioConfigReader {
    static let keys = ["name", "repo", "ref", "path"]

    static func read(_ entries: [Node], reader r: inout FieldReader) -> [PortfolioSource] {
        var sources: [PortfolioSource] = []
        var names: [String: SourceLocation] = [:]
        for entry in entries {
            let at = r.valueLocation(entry)
            guard let fields = entry.mapping else {
                r.report(invalid("each entry of `portfolio` must be a mapping", at,
                                 "write it like `- {name: payments, repo: ../payments, ref: main}`"))
                continue
            }
            var problems: [Diagnostic] = []
            var values: [String: Located<String>] = [:]
            for (keyNode, value) in UniqueEntries.of(fields, subject: "portfolio entry", reader: &r) {
                let key = keyNode.scalar?.string ?? ""
                let keyAt = r.valueLocation(keyNode)
                guard keys.contains(key) else {
                    var help = "use \(keys.joined(separator: ", "))"
                    if let guess = Suggestion.closest(to: key, among: keys) { help = "did you mean `\(guess)`?" }
                    problems.append(invalid("`\(key)` is not a setting of a portfolio source", keyAt, help))
                    continue
                }
                guard let scalar = value.scalar, !FieldReader.isNull(value), !scalar.string.trimmedSpace().isEmpty else {
                    problems.append(invalid("`\(key)` of a portfolio source must be text", FieldReader.isNull(value) ? keyAt : r.valueLocation(value),
                                            "write it like `\(key): \(example(key))`"))
                    continue
                }
                values[key] = Located(value: scalar.string.trimmedSpace(), location: r.valueLocation(value))
            }
            let name = values["name"], repo = values["repo"]
            if name == nil { problems.append(invalid("this portfolio source has no `name`", at, "add `name: payments`: how references address it (`payments:saved-cards`)")) }
            if repo == nil { problems.append(invalid("this portfolio source has no `repo`", at, "add `repo: ../payments` (a path from this roadmap) or a `file://` URL")) }
            if let name {
                if !ItemID.isValid(name.value) {
                    problems.append(invalid("`\(name.value)` is not a valid source name", name.location,
                                            "use lower-case letters, digits and hyphens, like `payments`"))
                } else if let first = names[name.value] {
                    var duplicate = invalid("source `\(name.value)` is listed twice", name.location, "give each source its own name")
                    duplicate.notes = [.init("first listed here", at: first)]
                    problems.append(duplicate)
                }
            }
            if let repo, let problem = repoProblem(repo.value) { problems.append(invalid(problem, repo.location, "give a path like `../payments` or a URL like `file:///srv/git/payments.git`")) }
            var folder = ""
            if let path = values["path"] {
                if let clean = cleanFolder(path.value) { folder = clean }
                else { problems.append(invalid("`path` must be a folder inside the repository, not `\(path.value)`", path.location,
                                               "give a relative path without `..`, like `path: roadmap`, or `.` for the top")) }
            }
            if let name, ItemID.isValid(name.value), names[name.value] == nil { names[name.value] = name.location }
            r.report(contentsOf: problems)
            guard problems.isEmpty, let name, let repo else { continue }
            sources.append(PortfolioSource(name: name.value, repo: repo.value, ref: values["ref"]?.value ?? "HEAD", path: folder,
                                           location: name.location))
        }
        return sources
    }

    /// Why `repo` cannot be read by this version; nil when it can.
    private static func repoProblem(_ repo: String) -> String? {
        if repo.hasPrefix("file://") { return repo.count > "file://".count ? nil : "`file://` names no repository" }
        if let scheme = repo.range(of: "://") {
            return "`\(repo[..<scheme.lowerBound])://` repositories are not supported yet: give a local path or a `file://` URL"
        }
        if repo.contains("@"), repo.contains(":") { return "`\(repo)` is a remote repository, which is not supported yet: give a local path or a `file://` URL" }
        return nil
    }

    /// `.` and "" are the top; otherwise the folder as `ConfigReader.cleanFolder` accepts it.
    private static func cleanFolder(_ text: String) -> String? {
        let trimmed = text.split(separator: "/").filter { $0 != "." }
        if trimmed.isEmpty, !text.hasPrefix("/") { return "" }
        return ConfigReader.cleanFolder(text)
    }

    private static func example(_ key: String) -> String {
        switch key {
        case "name": "payments"
        case "repo": "../payments"
        case "ref": "main"
        default: "roadmap"
        }
    }

    private static func invalid(_ message: String, _ at: SourceLocation, _ help: String) -> Diagnostic {
        Diagnostic(.invalidPortfolio, message, at: at, help: help)
    }
}
