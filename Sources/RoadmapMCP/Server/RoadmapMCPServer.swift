import Dispatch
import Logging
import MCP
import RoadmapCore
import RoadmapDriver
import RoadmapSources

/// `roadmap mcp`: a Model Context Protocol server over standard input and output, answering an
/// assistant's questions about one roadmap with the tools of `ToolCatalog` and the roadmap JSON
/// as a resource. Standard output carries the protocol only; logs go to standard error.
public enum RoadmapMCPServer {
    /// What the server is started with.
    public struct Configuration: Sendable {
        public var location: RoadmapLocation
        /// Offer the tools that change files (`move`, `set`, `fix`).
        public var allowEdits: Bool
        /// The day overdue work is measured from; nil: as `check` decides (SOURCE_DATE_EPOCH, the clock).
        public var today: CalendarDate?
        /// Log every message to standard error, not only warnings and errors.
        public var verbose: Bool

        public init(location: RoadmapLocation, allowEdits: Bool = false, today: CalendarDate? = nil, verbose: Bool = false) {
            self.location = location
            self.allowEdits = allowEdits
            self.today = today
            self.verbose = verbose
        }
    }

    /// Serves on standard input and output until the input ends; throws only when the server
    /// cannot start (the roadmap cannot be opened, standard input cannot be read).
    public static func serve(_ configuration: Configuration) async throws {
        let context: RoadmapContext
        do throws(SourceError) {
            context = try RoadmapContext(location: configuration.location, today: configuration.today,
                                         allowEdits: configuration.allowEdits)
        } catch {
            throw StartFailure(message: error.message)
        }
        var logger = Logger(label: "roadmap.mcp") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = configuration.verbose ? .trace : .warning
        let inFlight = InFlight()
        let server = Server(
            name: "roadmap", version: RoadmapVersion.current, title: "Roadmap",
            instructions: instructions(context),
            capabilities: .init(resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false)))
        await register(on: server, catalog: ToolCatalog(allowEdits: configuration.allowEdits), context: context, inFlight: inFlight)
        try await server.start(transport: StdioTransport(logger: logger))
        await server.waitUntilCompleted()
        await inFlight.drain()
        await server.stop()
    }

    /// `serve`, for a front end that is not async: blocks the calling thread until the input ends.
    public static func serveBlocking(_ configuration: Configuration) throws {
        let outcome = OutcomeBox()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { try await serve(configuration) } catch { outcome.set(error) }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }

    /// Why the server could not start.
    public struct StartFailure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    static func register(on server: Server, catalog: ToolCatalog, context: RoadmapContext, inFlight: InFlight) async {
        await server.withMethodHandler(ListTools.self) { _ in .init(tools: catalog.tools.map(\.tool)) }
        await server.withMethodHandler(CallTool.self) { params in
            guard let tool = catalog.tool(named: params.name) else { throw MCPError.invalidParams(catalog.unknown(params.name)) }
            return inFlight.run { ToolCall.answer(tool, params.arguments, context: context) }
        }
        await server.withMethodHandler(ListResources.self) { _ in .init(resources: [RoadmapResource.resource]) }
        await server.withMethodHandler(ReadResource.self) { params in
            try inFlight.run { try RoadmapResource.read(params.uri, context: context) }
        }
    }

    /// Told to the assistant at initialisation: what the roadmap is and how the tools fit together.
    static func instructions(_ context: RoadmapContext) -> String {
        var text = """
            This server answers questions about one product roadmap, kept as plain text in \(context.location.root): \
            PRDs (one Markdown file per planned feature, with YAML front matter: id, title, status, owner, team, \
            quarter, okrs, rice...) and objectives with key results (OKRs). It reads the files on disk unless a tool \
            is given `ref` (a git revision) or `at` (a day). Start with `list` (filters: status, team, owner, tag, \
            quarter, horizon, okr) or `objectives` (key-result progress, what no PRD covers); `show` gives one item \
            in full; `check` says what is wrong and `explain` what a code means; `diff` and `log` read the git \
            history. Answers are JSON documents; paths are relative to the roadmap's folder.
            """
        text += context.allowEdits
            ? " Edits are allowed: `move`, `set` and `fix` change files in the working tree exactly as the roadmap CLI does; use dryRun to preview a change."
            : " The server is read-only."
        return text
    }
}

/// The failure of `serve`, kept for the thread that waits for it.
private final class OutcomeBox: @unchecked Sendable {
    private(set) var error: Error?
    func set(_ error: Error) { self.error = error }
}
