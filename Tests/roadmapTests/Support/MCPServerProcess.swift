import Foundation
import MCP
import Testing

/// `roadmap mcp` run as an assistant runs it: a child process spoken to over its standard input
/// and output by the SDK's own client, in a workspace's environment.
final class MCPServerProcess: @unchecked Sendable {
    let process = Process()
    let client = Client(name: "roadmap-tests", version: "1")
    private let input = Pipe(), output = Pipe(), errors = Pipe()
    private var stderrReader: PipeReader?

    /// Starts `roadmap mcp ARGUMENTS` in the workspace's root and completes the handshake.
    init(_ ws: Workspace, _ arguments: [String] = [], env: [String: String] = [:]) async throws {
        process.executableURL = URL(fileURLWithPath: try CLI.binary())
        process.arguments = ["mcp"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: ws.root)
        process.environment = CLI.environment(home: ws.home, extra: env)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        stderrReader = PipeReader(errors.fileHandleForReading)
        let transport = StdioTransport(input: .init(rawValue: output.fileHandleForReading.fileDescriptor),
                                       output: .init(rawValue: input.fileHandleForWriting.fileDescriptor))
        _ = try await client.connect(transport: transport)
    }

    /// A tool call's texts and whether the server marked it as an error.
    func call(_ tool: String, _ arguments: [String: Value] = [:]) async throws -> (texts: [String], isError: Bool) {
        let (content, isError) = try await client.callTool(name: tool, arguments: arguments)
        let texts = content.map { item -> String in
            if case .text(let text, _, _) = item { return text }
            return "(not text: \(item))"
        }
        return (texts, isError ?? false)
    }

    /// The first text of a call that must succeed.
    func text(_ tool: String, _ arguments: [String: Value] = [:]) async throws -> String {
        let answer = try await call(tool, arguments)
        #expect(!answer.isError, "\(tool) failed: \(answer.texts)")
        return answer.texts.first ?? ""
    }

    func toolNames() async throws -> [String] { try await client.listTools().tools.map(\.name) }

    /// Ends the session by closing the server's input, as a client does; the server's exit
    /// status and what it wrote on standard error.
    @discardableResult
    func close() async -> (status: Int32, stderr: String) {
        await client.disconnect()
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderrReader?.wait() ?? Data(), as: UTF8.self))
    }

    deinit { if process.isRunning { process.terminate() } }
}
