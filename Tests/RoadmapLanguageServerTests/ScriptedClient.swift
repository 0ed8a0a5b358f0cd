import Foundation
import RoadmapCore
import RoadmapLanguageServer
import RoadmapLSPProtocol
import Testing

/// A roadmap in a temporary folder and a language server over it, driven message by message as
/// an editor would: every notification is followed by what the connection does when no message
/// waits (compile and publish), and everything the server sends is kept.
final class ScriptedClient {
    let root: String
    private(set) var server: LanguageServer!
    private let outbox = Outbox()
    private var nextID = 1

    static let files: [String: String] = [
        "roadmap.yml": """
            title: Editor test roadmap
            statuses: [idea, planned, in-progress, shipped]
            required_sections: [Problem]

            """,
        "okrs/grow.md": """
            ---
            id: grow
            title: Grow the business
            owner: Sam Osei
            period: 2026-Q3
            key_results:
              - {id: kr1, title: Trials that convert, baseline: 9, target: 13, current: 10, unit: "%"}
              - id: kr2
                title: Weekly active teams
                baseline: 100
                target: 300
                current: 250
            ---

            # Grow the business

            """,
        "prds/onboarding.md": """
            ---
            id: onboarding
            title: Guided onboarding
            owner: Sam Osei
            status: planned
            team: growth
            quarter: 2026-Q3
            okrs: [grow/kr1]
            depends_on: [billing]
            rice: {reach: 1000, impact: 2, confidence: 50%, effort: 4}
            tags: [activation]
            ---

            # Guided onboarding

            ## Problem

            New accounts stall in their first week.

            ### Evidence

            Exit surveys.

            ## Proposal

            A checklist.

            """,
        "prds/billing.md": """
            ---
            id: billing
            title: Usage billing
            owner: Ada Park
            status: idea
            team: payments
            rice: {reach: 5000, impact: 1, confidence: 80%, effort: 2}
            ---

            # Usage billing

            ## Problem

            Invoices are sent by hand.

            """,
    ]

    /// `git`: make the folder a repository (explanation pages are written inside `.git`).
    init(files: [String: String] = ScriptedClient.files, git: Bool = false, encodings: [String]? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-lsp-\(UUID().uuidString)").path
        for (path, text) in files {
            let file = root + "/" + path
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        }
        if git {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "init", "-q", root]
            try process.run()
            process.waitUntilExit()
        }
        let outbox = self.outbox
        server = LanguageServer(environment: [:], currentDirectory: "/", today: CalendarDate(year: 2026, month: 8, day: 3)) { outbox.add($0) }
        var capabilities: [(String, JSONValue)] = []
        if let encodings { capabilities.append(("general", .object([("positionEncodings", .strings(encodings))]))) }
        let result = try request("initialize", .object([("rootUri", .string(URL(fileURLWithPath: root).absoluteString)), ("capabilities", .object(capabilities))]))
        #expect(result["capabilities"]?["textDocumentSync"]?["change"]?.intValue == 2)
        notify("initialized", .object([]))
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func uri(_ path: String) -> String { URL(fileURLWithPath: root + "/" + path).absoluteString }

    /// Sends a request and returns its result; throws its error.
    @discardableResult
    func request(_ method: String, _ params: JSONValue) throws -> JSONValue {
        let id = nextID
        nextID += 1
        let before = outbox.count
        send(.object([("jsonrpc", "2.0"), ("id", .integer(id)), ("method", .string(method)), ("params", params)]))
        guard let answer = outbox.since(before).first(where: { $0["id"]?.intValue == id && $0["method"] == nil }) else {
            throw ResponseError(0, "no answer to \(method)")
        }
        if let error = answer["error"] { throw ResponseError(error["code"]?.intValue ?? 0, error["message"]?.stringValue ?? "") }
        return answer["result"] ?? .null
    }

    func notify(_ method: String, _ params: JSONValue) {
        send(.object([("jsonrpc", "2.0"), ("method", .string(method)), ("params", params)]))
    }

    /// Raw bytes, as a broken client might send them; returns what the server sent back.
    func sendRaw(_ bytes: [UInt8]) -> [JSONValue] {
        let before = outbox.count
        server.handle(bytes)
        server.publishIfChanged()
        return outbox.since(before)
    }

    private func send(_ message: JSONValue) {
        server.handle(message.compactBytes)
        server.publishIfChanged()
    }

    // MARK: Documents

    func open(_ path: String, _ text: String? = nil) throws {
        let text = try text ?? String(contentsOfFile: root + "/" + path, encoding: .utf8)
        notify("textDocument/didOpen", .object([("textDocument", .object([
            ("uri", .string(uri(path))), ("languageId", "markdown"), ("version", 1), ("text", .string(text)),
        ]))]))
    }

    /// Replaces the range with `text` (an incremental change).
    func edit(_ path: String, from start: (Int, Int), to end: (Int, Int), _ text: String, version: Int = 2) {
        let range = TextRange(start: Position(line: start.0, character: start.1), end: Position(line: end.0, character: end.1))
        notify("textDocument/didChange", .object([
            ("textDocument", .object([("uri", .string(uri(path))), ("version", .integer(version))])),
            ("contentChanges", .array([.object([("range", range.json), ("text", .string(text))])])),
        ]))
    }

    /// The whole text, replaced (a full change).
    func replace(_ path: String, _ text: String, version: Int = 2) {
        notify("textDocument/didChange", .object([
            ("textDocument", .object([("uri", .string(uri(path))), ("version", .integer(version))])),
            ("contentChanges", .array([.object([("text", .string(text))])])),
        ]))
    }

    /// A request at a position of a document.
    func at(_ method: String, _ path: String, _ line: Int, _ character: Int, extra: [(String, JSONValue)] = []) throws -> JSONValue {
        try request(method, .object([
            ("textDocument", .object([("uri", .string(uri(path)))])),
            ("position", Position(line: line, character: character).json),
        ] + extra))
    }

    // MARK: What the server sent

    /// Every message sent since the last call.
    var sent: [JSONValue] { outbox.takeNew() }

    /// The diagnostics of `path` as last published (nil when never published), from the messages
    /// sent since the last call of `sent`.
    func published(_ messages: [JSONValue], for path: String) -> [JSONValue]? {
        messages.last { $0["method"]?.stringValue == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.stringValue == uri(path) }?["params"]?["diagnostics"]?.arrayValue
    }
}

/// Everything the server sent, in order, with a cursor for `sent`.
private final class Outbox: @unchecked Sendable {
    private var messages: [JSONValue] = []
    private var cursor = 0
    private let lock = NSLock()

    func add(_ message: JSONValue) { lock.withLock { messages.append(message) } }

    var count: Int { lock.withLock { messages.count } }

    /// Messages from index `start` on.
    func since(_ start: Int) -> [JSONValue] { lock.withLock { Array(messages[min(start, messages.count)...]) } }

    /// Every message since the last call.
    func takeNew() -> [JSONValue] {
        lock.withLock {
            defer { cursor = messages.count }
            return Array(messages[cursor...])
        }
    }
}

extension JSONValue {
    /// Codes of a published diagnostics array.
    static func codes(_ diagnostics: [JSONValue]?) -> [String] { (diagnostics ?? []).compactMap { $0["code"]?.stringValue } }
}
