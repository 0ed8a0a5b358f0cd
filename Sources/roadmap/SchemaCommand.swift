import ArgumentParser
import Foundation
import RoadmapDriver
import RoadmapReport
import RoadmapScaffold
import RoadmapSources

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

    @OptionGroup var folder: RoadmapFolderOption

    func run() throws {
        // Outside any roadmap the schema has the default workflow; a roadmap named but not found is an error.
        let root: String?
        do throws(SourceError) {
            root = try folder.find().location.root
        } catch {
            if folder.given != nil {
                Terminal.writeError("roadmap: error: \(error.message)\n")
                throw ExitCode(2)
            }
            root = nil
        }
        let config = root.map { RoadmapConfigFile.load(root: $0) } ?? .init()
        print(FrontMatterSchema.document(kind, config: config).rendered(), terminator: "")
    }
}
