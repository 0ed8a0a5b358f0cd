import ArgumentParser
import RoadmapCompiler
import RoadmapCore
import RoadmapDriver
import RoadmapExport
import RoadmapGraphviz

/// The ways `roadmap graph` prints.
enum GraphFormatOption: String, ExpressibleByArgument, CaseIterable {
    case dot, mermaid, svg
}

/// `roadmap graph`: the dependency graph as DOT, Mermaid or SVG.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print the dependency graph as Graphviz DOT, Mermaid or SVG.",
        discussion: """
            Draws unfinished PRDs that depend on another or are depended on, with an arrow from the \
            PRD that must come first to the one waiting for it. Nodes are coloured by status (early, \
            active, done, closed), the critical path (the chain of unfinished work that ends last; see \
            the site's Dependencies page) is thick and amber, and a dependency due after the PRD \
            waiting on it starts (RM509) is red and dashed.

            --around ID draws only the PRDs within --depth steps of ID, upstream and downstream, \
            whatever their status. --team keeps the PRDs of that team (repeatable); --include-done \
            draws finished work too. DOT is the default: pipe it to `dot -Tpng`, or ask for --format svg, \
            laid out by the Graphviz library built into roadmap. Mermaid renders in GitHub Markdown.

            Examples:
              roadmap graph > deps.dot
              roadmap graph --format svg --team payments > payments.svg
              roadmap graph --around payment-methods-api --depth 1 --format mermaid
              roadmap graph --ref main --include-done | dot -Tpng -o deps.png
            """)

    @OptionGroup var source: SourceOptions
    @OptionGroup var settings: CompileSettings

    @Option(help: "Output: dot (Graphviz), mermaid or svg.")
    var format: GraphFormatOption = .dot

    @Option(help: "Only PRDs of this team (repeatable; ignores case).") var team: [String] = []

    @Flag(help: "Draw finished PRDs (done or dropped) too.") var includeDone = false

    @Option(help: ArgumentHelp("Only the PRDs around this one: what it depends on and what needs it.", valueName: "id"))
    var around: String?

    @Option(help: "With --around, how many steps each way (1 to 10).") var depth = 2

    @Option(help: ArgumentHelp("Draw at most this many PRDs, whole linked groups first.", valueName: "n")) var limit: Int?

    func validate() throws {
        guard (1...10).contains(depth) else { throw ValidationError("--depth must be from 1 to 10, not \(depth)") }
        if let around, ItemID(around) == nil { throw ValidationError("--around \(around) is not a PRD id (lower-case letters, digits and dashes)") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let compilation = try source.compiled(settings: settings).compilation
        let roadmap = compilation.roadmap
        let graph = WorkGraph(roadmap)
        let center = around.flatMap(ItemID.init)
        if let center, graph.node(center) == nil {
            let guess = Suggestion.closest(to: center.rawValue, among: roadmap.features.map(\.id.rawValue))
            Terminal.writeError("roadmap: error: no PRD has the id `\(center)`" + (guess.map { "; did you mean `\($0)`?" } ?? "") + "\n")
            throw ExitCode(2)
        }
        let teams = Set(roadmap.features.compactMap { $0.team?.lowercased() })
        for name in team where !teams.contains(name.lowercased()) {
            let guess = Suggestion.closest(to: name, among: Array(Set(roadmap.features.compactMap(\.team))).sorted())
            Terminal.writeError("roadmap: error: no PRD has the team `\(name)`" + (guess.map { "; did you mean `\($0)`?" } ?? "") + "\n")
            throw ExitCode(2)
        }
        let filter = GraphFilter(includeDone: includeDone, teams: team, around: center, depth: depth, nodeCap: limit)
        let critical = graph.criticalPath()
        let drawing = graph.drawing(filter, criticalPath: critical, dateRuleEdges: graph.dateRuleEdges())
        switch format {
        case .dot: print(DOTWriter().dot(drawing), terminator: "")
        case .mermaid: print(MermaidExport().graph(drawing), terminator: "")
        case .svg:
            do {
                print(try GraphvizLayout.svg(DOTWriter().dot(drawing)), terminator: "")
            } catch {
                Terminal.writeError("roadmap: error: \(error)\n")
                throw ExitCode(1)
            }
        }
        if drawing.nodes.isEmpty { Terminal.writeError("roadmap: no dependencies to draw\n") }
        if drawing.leftOut > 0 { Terminal.writeError("roadmap: \(drawing.leftOut) more PRDs left out by --limit\n") }
        let errors = compilation.diagnostics.errorCount
        if errors > 0 {
            Terminal.writeError("roadmap: the roadmap has \(errors) error\(errors == 1 ? "" : "s"); `roadmap check` shows them\n")
        }
    }
}
