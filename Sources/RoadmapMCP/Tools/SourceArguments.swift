import MCP
import RoadmapCore
import RoadmapDriver

/// The arguments that pick which state of the roadmap a read-only tool reads, as `--ref`,
/// `--at` and `--staged` pick it for the CLI; without any, the working tree as it is now.
enum SourceArguments {
    static let properties: [String: Value] = [
        "ref": JSONSchema.string("Read the roadmap as committed at this git revision (a commit, tag, branch or HEAD~2) instead of the files on disk."),
        "at": JSONSchema.string("Read the roadmap as it was on this day, YYYY-MM-DD: the last commit on or before it (UTC).", pattern: JSONSchema.day),
        "staged": JSONSchema.boolean("Read what is staged in the git index: exactly what the next commit will contain."),
    ]

    /// The input schema of a tool that takes these arguments besides its own.
    static func schema(_ own: [String: Value], required: [String] = []) -> Value {
        JSONSchema.object(properties.merging(own) { mine, _ in mine }, required: required)
    }

    static func choice(_ arguments: ToolArguments) throws(ToolFailure) -> SourceChoice {
        let revision = try arguments.string("ref")
        let day = try arguments.day("at")
        let staged = try arguments.bool("staged")
        if [revision != nil, day != nil, staged].count(where: { $0 }) > 1 {
            throw ToolFailure("`ref`, `at` and `staged` each name a state of the roadmap; give at most one")
        }
        if let revision { return .revision(revision) }
        if let day { return .day(day) }
        if staged { return .index(indexFile: nil) }
        return .workingTree
    }
}
