import ArgumentParser
import Foundation
import RoadmapReport
import RoadmapScaffold

extension FrontMatterSchema.Kind: ExpressibleByArgument {}

/// `roadmap schema`: JSON Schemas of the front matter, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of PRD or objective front matter, or of roadmap.yml.",
        discussion: """
            Run inside a roadmap, the PRD schema lists that roadmap's statuses. Point your editor's YAML \
            support at the output, for example with VS Code's YAML extension:
              roadmap schema prd > .vscode/prd.schema.json
            """)

    @Argument(help: "prd, objective or config.")
    var kind: FrontMatterSchema.Kind = .prd

    @Option(help: ArgumentHelp("The roadmap whose roadmap.yml sets the statuses (default: the nearest folder with one).", valueName: "path"))
    var roadmap: String?

    func run() throws {
        let root = roadmap ?? RoadmapRoot.nearest(from: FileManager.default.currentDirectoryPath)
        if let roadmap, !FileManager.default.fileExists(atPath: roadmap) {
            Terminal.writeError("roadmap: error: no such folder: \(roadmap)\n")
            throw ExitCode(2)
        }
        let config = root.map { RoadmapConfigFile.load(root: $0) } ?? .init()
        print(FrontMatterSchema.document(kind, config: config).rendered(), terminator: "")
    }
}
