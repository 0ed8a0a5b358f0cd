import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapDriver
import RoadmapLSPProtocol
import RoadmapSources

/// `roadmap lsp`'s server: LSP 3.17 requests and notifications answered from one long-lived,
/// incremental session over the roadmap with the editor's open documents. It handles one message
/// at a time and hands what it sends to `send`; `LanguageServerConnection` runs it over a stream.
public final class LanguageServer {
    private let send: (JSONValue) -> Void
    /// Sends several messages at once (a publication), when the channel can.
    private let sendAll: ([JSONValue]) -> Void
    private let environment: [String: String]
    /// The folder to look for the roadmap from when the client names none.
    private let currentDirectory: String?
    /// The day overdue work is measured from, when given (`--today`).
    private let today: CalendarDate?
    private var workspace: Workspace?
    private var publisher = DiagnosticsPublisher(explanations: nil)
    private var shuttingDown = false
    /// Set by `exit`: the status the process should end with (0 after `shutdown`, 1 without).
    public private(set) var exitStatus: Int32?
    /// Given each compile's stage times and the publication's (`roadmap lsp --timings`).
    public var timings: (([(stage: String, seconds: Double)]) -> Void)?
    /// Runs work on the thread that handles messages (the watcher reports on a thread of its own);
    /// nil: no file watcher, the tree is walked on each compile and only the editor's reports of
    /// changed files are heard.
    private let schedule: (@Sendable (@escaping @Sendable () -> Void) -> Void)?
    private var watcher: TreeWatcher?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, currentDirectory: String? = nil,
                today: CalendarDate? = nil, schedule: (@Sendable (@escaping @Sendable () -> Void) -> Void)? = nil,
                sendAll: (([JSONValue]) -> Void)? = nil, send: @escaping (JSONValue) -> Void) {
        self.sendAll = sendAll ?? { $0.forEach(send) }
        self.environment = environment
        self.today = today
        self.schedule = schedule
        self.currentDirectory = currentDirectory
        self.send = send
    }

    /// Handles one message as read from the stream.
    public func handle(_ bytes: [UInt8]) { handle(IncomingMessage.decode(bytes)) }

    /// Handles one message as decoded.
    public func handle(_ message: Result<IncomingMessage, IncomingMessage.DecodingFailure>) {
        switch message {
        case .failure(let failure):
            send(OutgoingMessage.error(failure.id, failure.error))
        case .success(.response):
            break  // The server sends no requests that need answers.
        case .success(.notification(let method, let params)):
            notify(method, params)
        case .success(.request(let id, let method, let params)):
            do {
                send(OutgoingMessage.response(id, result: try answer(method, params)))
            } catch {
                send(OutgoingMessage.error(id, error))
            }
        }
    }

    /// Answers `id` as cancelled (the connection saw `$/cancelRequest` before handling it).
    public func cancelled(_ id: RequestID) {
        send(OutgoingMessage.error(id, .requestCancelled))
    }

    /// Compiles what changed and publishes the diagnostics that changed: called when no message
    /// is waiting, so a burst of keystrokes is compiled once.
    public func publishIfChanged() {
        guard let workspace, workspace.isStale, !shuttingDown else { return }
        publish(in: workspace)
    }

    /// The last compile failure shown, so that one that lasts is shown once, not per keystroke.
    private var shownFailure: String?

    private func publish(in workspace: Workspace) {
        do {
            let compilation = try workspace.current()
            var clock = StageClock(after: compilation.stageTimes)
            sendAll(publisher.notifications(for: compilation, in: workspace))
            clock.lap("publish diagnostics")
            timings?(clock.laps)
            shownFailure = nil
        } catch {
            let message = "roadmap: \(error.message)"
            if message == shownFailure { logMessage(message); return }
            shownFailure = message
            send(OutgoingMessage.notification("window/showMessage", params: .object([
                ("type", .integer(1)), ("message", .string(message)),
            ])))
        }
    }

    // MARK: Notifications

    private func notify(_ method: String, _ params: JSONValue) {
        if method == "exit" {
            exitStatus = shuttingDown ? 0 : 1
            watcher?.stop()
            return
        }
        guard let workspace, !shuttingDown else { return }
        switch method {
        case "initialized":
            publish(in: workspace)
        case "textDocument/didOpen":
            let item = params["textDocument"]
            guard let uri = item?["uri"]?.stringValue, let text = item?["text"]?.stringValue else { return }
            workspace.open(TextDocument(uri: uri, path: workspace.path(of: uri), version: item?["version"]?.intValue ?? 0, text: text))
        case "textDocument/didChange":
            guard let uri = params["textDocument"]?["uri"]?.stringValue, let changes = params["contentChanges"]?.arrayValue else { return }
            do {
                try workspace.change(uri, version: params["textDocument"]?["version"]?.intValue, changes: changes)
            } catch {
                logMessage("ignored a change to \(uri): \(error.message)")
            }
        case "textDocument/didClose":
            if let uri = params["textDocument"]?["uri"]?.stringValue { workspace.close(uri) }
        case "workspace/didChangeWatchedFiles":
            let paths = (params["changes"]?.arrayValue ?? []).compactMap { $0["uri"]?.stringValue.flatMap(workspace.path(of:)) }
            if !paths.isEmpty { workspace.filesChanged(paths) }
        default:
            break  // didSave changes nothing the buffer did not; `$/` and others may be ignored.
        }
    }

    private func logMessage(_ message: String) {
        send(OutgoingMessage.notification("window/logMessage", params: .object([("type", .integer(3)), ("message", .string(message))])))
    }

    // MARK: Requests

    private func answer(_ method: String, _ params: JSONValue) throws(ResponseError) -> JSONValue {
        if method == "initialize" { return try initialize(params) }
        guard let workspace else { throw .serverNotInitialized }
        guard !shuttingDown else { throw .invalidAfterShutdown }
        switch method {
        case "shutdown":
            shuttingDown = true
            watcher?.stop()
            return .null
        case "textDocument/completion":
            let compilation = try compiled(workspace)
            guard let cursor = try CursorContext(params, in: workspace) else { return .array([]) }
            let items = Completion(workspace: workspace, compilation: compilation, today: workspace.session.options.today).items(at: cursor)
            return .object([("isIncomplete", false), ("items", .array(items))])
        case "textDocument/hover":
            // Compiled first: which kind of file the cursor is in follows roadmap.yml as edited.
            let compilation = try compiled(workspace)
            guard let cursor = try CursorContext(params, in: workspace) else { return .null }
            return Hover(workspace: workspace, compilation: compilation).contents(at: cursor)
        case "textDocument/definition":
            let compilation = try compiled(workspace)
            guard let cursor = try CursorContext(params, in: workspace) else { return .null }
            return Navigation(workspace: workspace, compilation: compilation).definition(at: cursor)
        case "textDocument/references":
            let compilation = try compiled(workspace)
            guard let cursor = try CursorContext(params, in: workspace) else { return .null }
            let declaration = params["context"]?["includeDeclaration"]?.boolValue ?? false
            return Navigation(workspace: workspace, compilation: compilation).references(at: cursor, includeDeclaration: declaration)
        case "textDocument/documentSymbol":
            guard let (path, lines) = try document(params, in: workspace) else { return .array([]) }
            return Symbols(workspace: workspace, compilation: try compiled(workspace)).document(path, lines: lines)
        case "workspace/symbol":
            return Symbols(workspace: workspace, compilation: try compiled(workspace)).workspace(matching: params["query"]?.stringValue ?? "")
        case "textDocument/codeAction":
            guard let (path, lines) = try document(params, in: workspace) else { return .array([]) }
            guard let range = TextRange(params["range"]) else { throw .invalidParams("expected a `range`") }
            return CodeActions(workspace: workspace, compilation: try compiled(workspace), publisher: publisher).actions(for: path, range: range, lines: lines)
        default:
            throw .methodNotFound(method)
        }
    }

    /// The compile requests answer from, up to date with every change received; diagnostics are
    /// published with it, so what a request sees and what the editor shows agree.
    private func compiled(_ workspace: Workspace) throws(ResponseError) -> Compilation {
        if workspace.isStale { publish(in: workspace) }
        guard let compilation = workspace.compilation else { throw .internalError("the roadmap could not be compiled") }
        return compilation
    }

    private func document(_ params: JSONValue, in workspace: Workspace) throws(ResponseError) -> (String, LineIndex)? {
        guard let uri = params["textDocument"]?["uri"]?.stringValue else { throw .invalidParams("expected `textDocument.uri`") }
        guard let document = workspace.documents[uri], let path = document.path else { return nil }
        return (path, document.lines)
    }

    private func initialize(_ params: JSONValue) throws(ResponseError) -> JSONValue {
        guard workspace == nil else { throw .invalidRequest("`initialize` was already received") }
        let folder = params["workspaceFolders"]?.arrayValue?.first?["uri"]?.stringValue ?? params["rootUri"]?.stringValue
        let path = folder.flatMap { URL(string: $0) }.flatMap { $0.isFileURL ? $0.path : nil } ?? params["rootPath"]?.stringValue
        var clock = StageClock()
        defer { timings?(clock.laps) }
        let session: RoadmapSession
        do {
            let found = try RoadmapDiscovery.find(path, currentDirectory: currentDirectory)
            session = try RoadmapSession(location: found.location, today: today, environment: environment, caching: .memory)
        } catch {
            throw .internalError("roadmap lsp: \(error.message)")
        }
        clock.lap("open the session")
        let offered = params["capabilities"]?["general"]?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let encoding = PositionEncoding.negotiate(offered)
        let workspace = Workspace(session: session, encoding: encoding)
        self.workspace = workspace
        if let schedule {
            do throws(TreeWatcher.Failure) {
                let watcher = try TreeWatcher(root: session.location.root, ignoring: ["_site"])
                workspace.watched = { [watcher] in watcher.matters($0) }
                watcher.start { paths in
                    // Weak: a report that arrives as the server goes is dropped.
                    schedule { [weak workspace] in workspace?.filesChanged(paths) }
                }
                self.watcher = watcher
            } catch {
                logMessage("roadmap lsp: \(error); files changed outside the editor are seen only when it reports them")
            }
            clock.lap("watch the files")
        }
        publisher = DiagnosticsPublisher(explanations: ExplanationPages(gitDirectory: session.location.repository?.commonDirectory))
        return ServerCapabilities.json(encoding: encoding)
    }
}
