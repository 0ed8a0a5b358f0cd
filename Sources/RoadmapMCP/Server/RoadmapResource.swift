import MCP
import RoadmapCompiler
import RoadmapCore
import RoadmapDriver

/// The compiled roadmap as a resource: `roadmap.json` exactly as `roadmap build` writes it
/// into the site, read from the working tree at the moment it is asked for.
enum RoadmapResource {
    static let uri = "roadmap://roadmap.json"

    static let resource = Resource(
        name: "roadmap.json", uri: uri, title: "The compiled roadmap",
        description: """
            Every objective (with key-result progress), every PRD (with rank, dependents and RICE score), the \
            backlog order, OKR coverage, the diagnostics and a summary, as the site's roadmap.json \
            (schemas/roadmap.schema.json). Large for a big roadmap: prefer the tools for questions.
            """,
        mimeType: "application/json")

    static func read(_ uri: String, context: RoadmapContext) throws -> ReadResource.Result {
        guard uri == Self.uri else {
            throw MCPError.invalidParams("no resource \(uri); the server has \(Self.uri)")
        }
        let session = context.workingTree
        let compilation: Compilation
        do throws(SourceError) { compilation = try session.compile() } catch {
            throw MCPError.internalError("the roadmap could not be read: \(error.message)")
        }
        let text = String(decoding: session.roadmapData(compilation).bytes, as: UTF8.self)
        return .init(contents: [.text(text, uri: uri, mimeType: "application/json")])
    }
}
