/// Relative links between PRD files, the way one PRD points at another in the repository.
enum PRDLinks {
    /// The path of `target` relative to the folder of `source` (both under `prds/<team>/`).
    static func relativePath(from source: PRDState, to target: PRDState) -> String {
        source.team == target.team ? "\(target.id).md" : "../\(Names.team(target.team))/\(target.id).md"
    }

    /// Each dependency, linked when its path can never change, named in code otherwise.
    static func dependencies(_ prd: PRDState, _ world: World) -> String? {
        guard !prd.dependsOn.isEmpty else { return nil }
        return prd.dependsOn.map { index in
            let target = world.prds[index]
            let reason = ["must ship first", "provides the data model", "owns the shared API", "unblocks the rollout"][index % 4]
            if PRDState.isMovable(index) { return "- `\(target.id)` (\(target.title)): \(reason)." }
            return "- [\(target.title)](\(relativePath(from: prd, to: target))): \(reason)."
        }.joined(separator: "\n")
    }

    static func related(_ prd: PRDState, _ world: World) -> String? {
        guard !prd.links.isEmpty else { return nil }
        return prd.links.map { index in
            let target = world.prds[index]
            return "- [\(target.title)](\(relativePath(from: prd, to: target))), owned by \(Names.person(target.owner))"
        }.joined(separator: "\n")
    }
}
