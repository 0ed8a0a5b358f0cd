import Foundation
import Testing

/// `roadmap mcp` at the level of the wire: scripted JSON-RPC lines in, and nothing but JSON-RPC
/// out, whatever the client sends; the server ends cleanly when its input closes.
@Suite struct MCPProtocolTests {
    /// Feeds `lines` to `roadmap mcp ARGUMENTS`, closes its input and returns what it wrote.
    static func script(_ ws: Workspace, _ arguments: [String], _ lines: [String]) throws -> CLI.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try CLI.binary())
        process.arguments = ["mcp"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: ws.root)
        process.environment = CLI.environment(home: ws.home)
        let input = Pipe(), output = Pipe(), errors = Pipe()
        (process.standardInput, process.standardOutput, process.standardError) = (input, output, errors)
        try process.run()
        let err = PipeReader(errors.fileHandleForReading), out = PipeReader(output.fileHandleForReading)
        input.fileHandleForWriting.write(Data(lines.map { $0 + "\n" }.joined().utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return CLI.Result(status: process.terminationStatus, stdout: String(decoding: out.wait(), as: UTF8.self),
                          stderr: String(decoding: err.wait(), as: UTF8.self))
    }

    @Test func stdoutCarriesOnlyProtocolMessagesAndEveryRequestIsAnswered() throws {
        let ws = try MCPFixture.workspace()
        let result = try Self.script(ws, [ws.root], [
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"script","version":"1"}}}"#,
            #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"tools/list"}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"check","arguments":{}}}"#,
            #"{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"paint","arguments":{}}}"#,
            #"{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"show","arguments":{"id":7}}}"#,
            #"{"jsonrpc":"2.0","id":6,"method":"no/such/method"}"#,
            #"{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"fix","arguments":{}}}"#,
            "this is not JSON",
            #"{"jsonrpc":"2.0","id":8,"method":"resources/read","params":{"uri":"roadmap://roadmap.json"}}"#,
        ])
        #expect(result.status == 0, "\(result)")
        var byID: [Int: [String: Any]] = [:]
        var parseErrors = 0
        for line in result.stdout.split(separator: "\n") {
            let message = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not JSON-RPC: \(line)")
            #expect(message["jsonrpc"] as? String == "2.0", "\(line)")
            if let id = message["id"] as? Int { byID[id] = message } else if (message["error"] as? [String: Any])?["code"] as? Int == -32700 { parseErrors += 1 }
        }
        #expect(Set(byID.keys) == Set(1...8), "\(result.stdout)")
        #expect(parseErrors == 1, "the line that is not JSON gets a parse error")
        func error(_ id: Int) -> (code: Int?, message: String) {
            let error = byID[id]?["error"] as? [String: Any]
            return (error?["code"] as? Int, error?["message"] as? String ?? "")
        }
        func toolResult(_ id: Int) -> (isError: Bool?, text: String) {
            let result = byID[id]?["result"] as? [String: Any]
            return (result?["isError"] as? Bool, ((result?["content"] as? [[String: Any]])?.first?["text"] as? String) ?? "")
        }
        #expect(toolResult(3).isError == false && toolResult(3).text.hasPrefix("{\n  \"schemaVersion\": 2,\n  \"tool\": \"roadmap\",\n"))
        #expect(error(4).code == -32602 && error(4).message.contains("no tool named `paint`; the tools are check, list, show, objectives, diff, log, explain"), "\(error(4))")
        #expect(toolResult(5) == (true, "`id` must be a string, not 7"), "\(toolResult(5))")
        #expect(error(6).code == -32601, "\(error(6))")
        #expect(error(7).code == -32602 && error(7).message.contains("--allow-edits"), "\(error(7))")
        #expect((((byID[8]?["result"] as? [String: Any])?["contents"] as? [[String: Any]])?.first?["text"] as? String)?.hasPrefix("{\"schemaVersion\":2,") == true)
    }

    @Test func aFolderWithoutARoadmapStopsAtOnce() throws {
        let ws = try Workspace()
        let result = try ws.roadmap("mcp", ws.path("nowhere"))
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty && result.stderr.hasPrefix("roadmap: error: "), "\(result)")
    }

    @Test func helpTeachesTheSetup() throws {
        let ws = try Workspace()
        let help = try ws.roadmap("mcp", "--help")
        #expect(help.status == 0, "\(help)")
        // Lines are wrapped to the terminal's width; the words are read as one paragraph.
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for words in ["--allow-edits", #""mcpServers": {"roadmap": { "command": "roadmap", "args": ["mcp", "/path/to/roadmap"]}}}"#,
                      "claude mcp add roadmap -- roadmap mcp /path/to/roadmap", "check, list, show, objectives, diff, log and explain",
                      "adds the tools move, set and fix"] {
            #expect(text.contains(words), "\(words)\n\(help.stdout)")
        }
    }
}
