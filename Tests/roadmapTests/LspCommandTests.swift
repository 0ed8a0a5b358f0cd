import Foundation
import Testing

/// `roadmap lsp` as an editor runs it: the built binary over pipes, and Neovim as a real client.
@Suite struct LspCommandTests {
    static let prd = """
        ---
        id: onboarding
        title: Guided onboarding
        owner: Sam Osei
        status: planed
        depends_on: [billing]
        ---

        # Guided onboarding

        """

    static func roadmap() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("roadmap.yml", "title: Editor roadmap\nstatuses: [idea, planned, shipped]\n")
        try workspace.write("prds/onboarding.md", prd)
        try workspace.write("prds/billing.md", "---\nid: billing\ntitle: Usage billing\nowner: Ada Park\nstatus: idea\n---\n\n# Usage billing\n")
        return workspace
    }

    static func frame(_ json: String) -> Data { Data("Content-Length: \(json.utf8.count)\r\n\r\n\(json)".utf8) }

    /// The JSON bodies of the frames in `data`; fails on anything that is not a frame.
    static func frames(_ data: Data) throws -> [[String: Any]] {
        var rest = data[...]
        var messages: [[String: Any]] = []
        while !rest.isEmpty {
            let separator = try #require(rest.firstRange(of: Data("\r\n\r\n".utf8)), "stdout holds something that is not a frame")
            let header = String(decoding: rest[..<separator.lowerBound], as: UTF8.self)
            let length = try #require(header.split(separator: ":").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }, "\(header)")
            let body = rest[separator.upperBound..<(separator.upperBound + length)]
            messages.append(try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]))
            rest = rest[(separator.upperBound + length)...]
        }
        return messages
    }

    @Test func theBinaryServesOverStandardInputAndOutput() throws {
        let workspace = try Self.roadmap()
        let uri = URL(fileURLWithPath: workspace.path("prds/onboarding.md")).absoluteString
        let text = String(data: try JSONSerialization.data(withJSONObject: [Self.prd], options: .fragmentsAllowed), encoding: .utf8)!.dropFirst().dropLast()
        var input = Data()
        input += Self.frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"\#(URL(fileURLWithPath: workspace.root).absoluteString)","capabilities":{}}}"#)
        input += Self.frame(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
        input += Self.frame(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"markdown","version":1,"text":\#(text)}}}"#)
        input += Self.frame(#"{"jsonrpc":"2.0","id":2,"method":"textDocument/definition","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":5,"character":15}}}"#)
        let at = #""textDocument":{"uri":"\#(uri)"},"position":{"line":5,"character":15}"#
        input += Self.frame(#"{"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{\#(at)}}"#)
        input += Self.frame(#"{"jsonrpc":"2.0","id":5,"method":"textDocument/references","params":{\#(at),"context":{"includeDeclaration":true}}}"#)
        input += Self.frame(#"{"jsonrpc":"2.0","id":6,"method":"textDocument/completion","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":4,"character":10}}}"#)
        input += Self.frame(#"{"jsonrpc":"2.0","id":7,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"\#(uri)"},"range":{"start":{"line":4,"character":0},"end":{"line":4,"character":0}},"context":{"diagnostics":[]}}}"#)
        input += Self.frame(#"{"jsonrpc":"2.0","id":8,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"\#(uri)"}}}"#)
        input += Self.frame(#"{"jsonrpc":"2.0","id":9,"method":"workspace/symbol","params":{"query":"billing"}}"#)
        input += Self.frame("{not json")
        input += Self.frame(#"{"jsonrpc":"2.0","id":10,"method":"textDocument/rename","params":{}}"#)
        // The typo fixed by an incremental change; a cancellation of a request never sent.
        input += Self.frame(#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(uri)","version":2},"contentChanges":[{"range":{"start":{"line":4,"character":8},"end":{"line":4,"character":14}},"text":"planned"}]}}"#)
        input += Self.frame(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":99}}"#)
        input += Self.frame(#"{"jsonrpc":"2.0","id":11,"method":"workspace/symbol","params":{"query":""}}"#)
        input += Self.frame(#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#)
        input += Self.frame(#"{"jsonrpc":"2.0","method":"exit"}"#)
        let stdin = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-lsp-input-\(UUID().uuidString)")
        try input.write(to: stdin)
        defer { try? FileManager.default.removeItem(at: stdin) }

        let process = try CLI.roadmapProcess(["lsp", "--stdio"], in: "/", home: workspace.home)
        let out = Pipe(), err = Pipe()
        process.standardInput = try FileHandle(forReadingFrom: stdin)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errors = PipeReader(err.fileHandleForReading)
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: errors.wait(), as: UTF8.self))")

        let messages = try Self.frames(output)
        let published = messages.filter { $0["method"] as? String == "textDocument/publishDiagnostics" && ($0["params"] as? [String: Any])?["uri"] as? String == uri }
        func codes(_ message: [String: Any]) -> [String] {
            ((message["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        }
        // The typo; after the change, what a planned PRD without RICE or OKRs gets instead.
        #expect(published.map(codes) == [["RM301"], ["RM604", "RM903"]])
        func answer(_ id: Int) -> Any? { messages.first { $0["id"] as? Int == id }?["result"] ?? nil }
        let definition = try #require(answer(2) as? [String: Any])
        #expect((definition["uri"] as? String)?.hasSuffix("/prds/billing.md") == true)
        let hover = ((answer(4) as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String
        #expect(hover?.contains("Usage billing") == true)
        #expect((answer(5) as? [Any])?.count == 2)  // billing's id and this depends_on
        let items = ((answer(6) as? [String: Any])?["items"] as? [[String: Any]])?.compactMap { $0["label"] as? String }
        #expect(items == ["idea", "planned", "shipped"])
        #expect(((answer(7) as? [[String: Any]])?.first?["title"] as? String) == "replace `planed` with `planned`")
        #expect((answer(8) as? [[String: Any]])?.first?["name"] as? String == "Guided onboarding")
        #expect((answer(9) as? [[String: Any]])?.map { $0["name"] as? String } == ["Usage billing"])
        #expect(messages.contains { ($0["error"] as? [String: Any])?["code"] as? Int == -32700 })
        #expect((messages.first { $0["id"] as? Int == 10 }?["error"] as? [String: Any])?["code"] as? Int == -32601)
        #expect((answer(11) as? [Any])?.count == 2)
        #expect(messages.contains { $0["id"] as? Int == 3 })
    }

    /// A file changed on disk behind the editor's back (a `git checkout`, another tool) is seen
    /// through the server's own watcher: its diagnostics are published without a word from the client.
    @Test(.timeLimit(.minutes(1))) func filesChangedOnDiskAreSeenWithoutTheClient() throws {
        let workspace = try Self.roadmap()
        let process = try CLI.roadmapProcess(["lsp"], in: "/", home: workspace.home)
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let frames = FrameCollector(output.fileHandleForReading)
        func send(_ json: String) { input.fileHandleForWriting.write(Self.frame(json)) }
        let billing = URL(fileURLWithPath: workspace.path("prds/billing.md")).absoluteString
        send(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"\#(URL(fileURLWithPath: workspace.root).absoluteString)","capabilities":{}}}"#)
        send(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
        _ = try #require(frames.wait { $0["id"] as? Int == 1 })
        try workspace.write("prds/billing.md", "---\nid: billing\ntitle: Usage billing\nowner: Ada Park\nstatus: idae\n---\n\n# Usage billing\n")
        let published = try #require(frames.wait { message in
            let params = message["params"] as? [String: Any]
            return params?["uri"] as? String == billing && (params?["diagnostics"] as? [[String: Any]])?.contains { $0["code"] as? String == "RM301" } == true
        }, "no diagnostics for the file changed on disk")
        #expect(published["method"] as? String == "textDocument/publishDiagnostics")
        send(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#)
        send(#"{"jsonrpc":"2.0","method":"exit"}"#)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func helpTeachesWhatTheServerDoes() throws {
        let workspace = try Workspace(git: false)
        let help = try workspace.roadmap("lsp", "--help")
        #expect(help.status == 0)
        #expect(help.stdout.contains("completion") && help.stdout.contains("README"))
    }

    static let neovim = ["/usr/bin/nvim", "/usr/local/bin/nvim"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Neovim's own LSP client (headless) opens a PRD, gets its diagnostics, asks for completion
    /// and for a definition.
    @Test(.enabled(if: neovim != nil, "needs Neovim (apt-get install neovim)"), .timeLimit(.minutes(1)))
    func neovimGetsDiagnosticsCompletionAndDefinition() throws {
        let workspace = try Self.roadmap()
        let results = workspace.path("../nvim-results.json")
        let script = """
            local root, bin, results = os.getenv("ROADMAP_ROOT"), os.getenv("ROADMAP_BIN"), os.getenv("ROADMAP_RESULTS")
            local report = {}
            local function finish()
              local file = io.open(results, "w"); file:write(vim.fn.json_encode(report)); file:close()
              vim.cmd("qa!")
            end
            vim.cmd("edit " .. root .. "/prds/onboarding.md")
            local buffer = vim.api.nvim_get_current_buf()
            local client = vim.lsp.start_client({ name = "roadmap", cmd = { bin, "lsp" }, root_dir = root })
            vim.lsp.buf_attach_client(buffer, client)
            vim.wait(20000, function() return #vim.diagnostic.get(buffer) > 0 end, 50)
            report.diagnostics = {}
            for _, d in ipairs(vim.diagnostic.get(buffer)) do
              table.insert(report.diagnostics, { line = d.lnum, col = d.col, code = d.code, message = d.message })
            end
            local uri = vim.uri_from_bufnr(buffer)
            local completion = vim.lsp.buf_request_sync(buffer, "textDocument/completion",
              { textDocument = { uri = uri }, position = { line = 4, character = 10 } }, 10000)
            report.completion = {}
            for _, answer in pairs(completion or {}) do
              for _, item in ipairs((answer.result or {}).items or {}) do table.insert(report.completion, item.label) end
            end
            local definition = vim.lsp.buf_request_sync(buffer, "textDocument/definition",
              { textDocument = { uri = uri }, position = { line = 5, character = 15 } }, 10000)
            for _, answer in pairs(definition or {}) do report.definition = answer.result and answer.result.uri end
            vim.lsp.stop_client(client)
            finish()
            """
        let scriptPath = workspace.path("../roadmap-test.lua")
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        let run = try CLI.run(try #require(Self.neovim), ["--headless", "--clean", "-c", "luafile \(scriptPath)"], in: workspace.root,
                              environment: CLI.environment(home: workspace.home, extra: [
                                "ROADMAP_ROOT": workspace.root, "ROADMAP_BIN": try CLI.binary(), "ROADMAP_RESULTS": results,
                              ]))
        let data = try #require(FileManager.default.contents(atPath: results), "Neovim wrote no results: \(run)")
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let diagnostics = report["diagnostics"] as? [[String: Any]] ?? []
        #expect(diagnostics.contains { $0["code"] as? String == "RM301" && $0["line"] as? Int == 4 && $0["col"] as? Int == 8 }, "\(report)")
        #expect(report["completion"] as? [String] == ["idea", "planned", "shipped"], "\(report)")
        #expect((report["definition"] as? String)?.hasSuffix("/prds/billing.md") == true, "\(report)")
    }
}

/// Frames read from a server's output as they come, for tests that wait for one.
final class FrameCollector: @unchecked Sendable {
    private let pipe: PipeBuffer

    init(_ handle: FileHandle) { pipe = PipeBuffer(handle) }

    /// The first message so far or within 20 seconds that `matches`.
    func wait(_ matches: ([String: Any]) -> Bool) -> [String: Any]? {
        pipe.wait(seconds: 20) { bytes in (try? LspCommandTests.frames(Self.whole(bytes)))?.first(where: matches) }
    }

    /// The frames of `data` that have arrived whole.
    private static func whole(_ data: Data) -> Data {
        var end = data.startIndex
        var rest = data[...]
        while let separator = rest.firstRange(of: Data("\r\n\r\n".utf8)),
              let length = Int(String(decoding: rest[..<separator.lowerBound], as: UTF8.self).split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? ""),
              separator.upperBound + length <= rest.endIndex {
            end = separator.upperBound + length
            rest = data[end...]
        }
        return Data(data[..<end])
    }
}
