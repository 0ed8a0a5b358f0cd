import RoadmapCompiler
import RoadmapCore
import RoadmapReport

/// `check`: every problem of the roadmap, as `roadmap check --format json` reports it.
enum CheckTool {
    static let definition = ToolDefinition(
        name: "check", title: "Check the roadmap",
        description: """
            Validate the roadmap like a compiler and return every problem as `roadmap check --format json` does: \
            {schemaVersion, tool, summary: {errors, warnings, files}, diagnostics: [{code, name, severity, message, \
            path, line, column, endColumn, help, notes, fixes}]}. Paths are relative to the roadmap's folder. Use it to \
            answer "is this PRD valid?" (give `file`) or "what is wrong with the roadmap?". Each code (RM301...) is \
            explained by the `explain` tool; fixes marked safe are what the `fix` tool would apply.
            """,
        schema: SourceArguments.schema([
            "file": JSONSchema.string("Only the problems of this file and those it causes elsewhere: a path relative to the roadmap's folder, like prds/saved-cards.md."),
            "history": JSONSchema.boolean("Also run the checks that need git history: PRDs in progress but untouched too long (RM950), PRDs that slipped too often (RM951)."),
        ]),
        answer: answer)

    static func answer(_ arguments: ToolArguments, _ context: RoadmapContext) throws(ToolFailure) -> [String] {
        let session = try context.session(try SourceArguments.choice(arguments))
        let history = try arguments.bool("history")
        var compilation = try answering { () throws(SourceError) in try session.check(history: history) }
        var notes: [String] = []
        if let file = try arguments.string("file").map(context.relative) {
            guard FileFocus.isRoadmapFile(file, config: compilation.roadmap.config) else {
                let config = compilation.roadmap.config
                throw ToolFailure("\(file) is not a file of the roadmap: it reads roadmap.yml, PRDs under \(config.prdsFolder)/ and objectives under \(config.okrsFolder)/")
            }
            let all = compilation.diagnostics
            compilation.diagnostics = FileFocus(path: file, compilation: compilation).filter(all)
            let elsewhere = all.count - compilation.diagnostics.count
            if elsewhere > 0 { notes.append("\(Plural.count(elsewhere, "more problem")) in other files; `check` without `file` shows them") }
        }
        return [JSONReporter(quoter: .plain).render(compilation.diagnostics, fileCount: compilation.fileCount)] + notes
    }
}
