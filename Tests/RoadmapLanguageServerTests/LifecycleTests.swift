import Foundation
import RoadmapCore
import RoadmapLanguageServer
import RoadmapLSPProtocol
import Testing

/// Initialisation, shutdown, errors and cancellation.
@Suite struct LifecycleTests {
    @Test func malformedAndUnknownMessagesGetErrorsAndTheServerGoesOn() throws {
        let client = try ScriptedClient()
        let garbage = client.sendRaw(Array("{not json".utf8))
        #expect(garbage.first?["error"]?["code"]?.intValue == -32700 && garbage.first?["id"] == .null)
        #expect(throws: ResponseError(-32601, "unknown method `textDocument/rename`")) {
            try client.request("textDocument/rename", .object([]))
        }
        // Unknown notifications are ignored; the server still answers.
        client.notify("$/setTrace", .object([("value", "off")]))
        client.notify("workspace/didChangeConfiguration", .object([]))
        #expect(try client.request("workspace/symbol", .object([("query", "usage")])).arrayValue?.count == 1)
        // A hover on a document the editor never opened is nothing, not an error.
        #expect(try client.at("textDocument/hover", "prds/billing.md", 1, 5) == .null)
    }

    @Test func invalidParamsAreInvalidParams() throws {
        let client = try ScriptedClient()
        do {
            try client.request("textDocument/hover", .object([("position", "nowhere")]))
            Issue.record("a hover without a document was answered")
        } catch let error as ResponseError {
            #expect(error.code == -32602)
        }
    }

    @Test func requestsBeforeInitializeAndAfterShutdownAreRefused() throws {
        var sent: [JSONValue] = []
        let server = LanguageServer(environment: [:], currentDirectory: "/") { sent.append($0) }
        server.handle(Array(#"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}"#.utf8))
        #expect(sent.last?["error"]?["code"]?.intValue == -32002)

        let client = try ScriptedClient()
        #expect(try client.request("shutdown", .null) == .null)
        #expect(throws: ResponseError.self) { try client.request("workspace/symbol", .object([("query", "")])) }
        client.notify("exit", .null)
        #expect(client.server.exitStatus == 0)
    }

    @Test func exitWithoutShutdownIsAFailure() throws {
        let client = try ScriptedClient()
        client.notify("exit", .null)
        #expect(client.server.exitStatus == 1)
    }

    @Test func aFolderWithoutARoadmapIsAClearError() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-lsp-empty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        var sent: [JSONValue] = []
        let server = LanguageServer(environment: [:], currentDirectory: "/") { sent.append($0) }
        server.handle(OutgoingMessage.response(.number(1), result: .null).compactBytes)  // a stray response: ignored
        server.handle(Array(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"\#(URL(fileURLWithPath: empty).absoluteString)","capabilities":{}}}"#.utf8))
        let message = try #require(sent.last?["error"]?["message"]?.stringValue)
        #expect(message.contains("roadmap.yml") || message.contains("no roadmap"), "\(message)")
    }

    /// Over a real connection: a request cancelled before the server reached it is answered as
    /// cancelled; the others are answered; `exit` after `shutdown` ends with status 0.
    @Test func cancelledRequestsAreAnsweredAsCancelled() throws {
        let client = try ScriptedClient()  // only for its files
        let root = URL(fileURLWithPath: client.root).absoluteString
        let messages = [
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"\#(root)","capabilities":{}}}"#,
            #"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"workspace/symbol","params":{"query":""}}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"workspace/symbol","params":{"query":"usage"}}"#,
            #"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":3}}"#,
            #"{"jsonrpc":"2.0","id":4,"method":"shutdown"}"#,
            #"{"jsonrpc":"2.0","method":"exit"}"#,
        ]
        // Everything arrives in one read: the connection takes in all of it, cancellation
        // included, before the server handles any of it.
        let input = Input(messages.flatMap { Array("Content-Length: \($0.utf8.count)\r\n\r\n".utf8) + Array($0.utf8) })
        let output = Collected()
        let status = LanguageServerConnection.run(reader: MessageReader { input.read(into: $0) }, writer: MessageWriter { output.append($0) },
                                                  environment: [:], currentDirectory: "/")
        #expect(status == 0)
        let answers = Self.frames(output.bytes)
        #expect(answers.first { $0["id"]?.intValue == 2 }?["result"]?.arrayValue?.count == 3)
        #expect(answers.first { $0["id"]?.intValue == 3 }?["error"]?["code"]?.intValue == -32800)
        #expect(answers.first { $0["id"]?.intValue == 4 }?["result"] == .null)
    }

    @Test func aClientThatGoesAwayEndsTheServerWithAFailure() {
        let status = LanguageServerConnection.run(reader: MessageReader { _ in 0 }, writer: MessageWriter { _ in }, environment: [:], currentDirectory: "/")
        #expect(status == 1)
    }

    static func frames(_ bytes: [UInt8]) -> [JSONValue] {
        let input = Input(bytes)
        let reader = MessageReader { input.read(into: $0) }
        var messages: [JSONValue] = []
        while case .message(let body) = reader.next() { if let value = try? JSONValue.parse(body) { messages.append(value) } }
        return messages
    }
}

final class Input: @unchecked Sendable {
    private var bytes: [UInt8]
    private var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    func read(into target: UnsafeMutableRawBufferPointer) -> Int {
        let count = min(target.count, bytes.count - offset)
        for i in 0..<count { target[i] = bytes[offset + i] }
        offset += count
        return count
    }
}

final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [UInt8] = []
    var bytes: [UInt8] { lock.withLock { collected } }
    func append(_ more: [UInt8]) { lock.withLock { collected += more } }
}
