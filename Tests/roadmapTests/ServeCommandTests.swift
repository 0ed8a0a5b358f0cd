import Foundation
import RoadmapTestSupport
import Testing

/// `roadmap serve` as a user runs it: the real binary, the real watcher, Ctrl-C.
@Suite(.serialized)
struct ServeCommandTests {
    static let sample = InstallTests.repoRoot + "/sample-roadmap"

    static func workspace() throws -> Workspace {
        let ws = try Workspace()
        for item in try FileManager.default.contentsOfDirectory(atPath: sample) {
            try FileManager.default.copyItem(atPath: sample + "/" + item, toPath: ws.path(item))
        }
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "Roadmap")
        return ws
    }

    @Test func servesReloadsOnSaveAndStopsOnInterrupt() throws {
        let ws = try Self.workspace()
        let serve = try Serving(ws, ["serve", "--port", "0"])
        let port = try serve.port()
        #expect(serve.output.received.contains(" pages of 24 files in "), "\(serve.output.received)")
        let probe = HTTPProbe(port: port)
        #expect(try probe.send("GET", "/").status == 200)

        let events = try probe.events("/__roadmap/events?page=/prd/accounting-sync.html")
        defer { events.close() }
        try events.wait(for: "event: hello")
        let file = "prds/growth/accounting-sync.md"
        try ws.write(file, try #require(ws.read(file)).replacingOccurrences(of: "Small finance teams", with: "Small bookkeeping teams"))
        try events.wait(for: "event: reload")
        let line = try serve.output.wait(for: "\n", after: "\(file) changed")
        #expect(line.contains(" updated in ") && line.contains("no errors"), "\(line)")
        #expect(try probe.send("GET", "/prd/accounting-sync.html").text.contains("Small bookkeeping teams"))

        // An error: the terminal names it, the site stays.
        try ws.write(file, try #require(ws.read(file)).replacingOccurrences(of: "status: planned", with: "status: planed"))
        let failed = try serve.output.wait(for: "error[RM301]")
        #expect(failed.contains("1 error") && failed.contains("showing the last good site"), "\(failed)")
        #expect(try probe.send("GET", "/prd/accounting-sync.html").status == 200)

        // Editors' swap files and the output folder never trigger an update.
        try ws.write("prds/growth/.accounting-sync.md.swp", "x")
        try ws.write("_site/index.html", "x")
        #expect(try serve.output.staysWithout("changed", seconds: 0.5))

        // A connection kept alive and idle, and an open event stream, do not hold up Ctrl-C.
        let idle = try Connection(port: port)
        defer { idle.close() }
        let started = ContinuousClock.now
        let result = serve.interrupt()
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasSuffix("stopped\n"), "\(result)")
        #expect(throws: HTTPProbe.Failure.self) { try Connection(port: port) }
    }

    @Test func timingsNameEachStageOfEveryUpdate() throws {
        let ws = try Self.workspace()
        let serve = try Serving(ws, ["serve", "--port", "0", "--timings"])
        _ = try serve.port()
        let file = "prds/growth/accounting-sync.md"
        try ws.write(file, try #require(ws.read(file)).replacingOccurrences(of: "Small finance teams", with: "Small bookkeeping teams"))
        _ = try serve.output.wait(for: "\n", after: "\(file) changed")
        let result = serve.interrupt()
        for stage in ["plan the pages", "render changed pages", "history (mined or cached)"] {
            #expect(result.stderr.components(separatedBy: stage).count == 3, "\(stage) should appear once per update: \(result.stderr)")
        }
    }

    @Test func aPortInUseExitsTwoAndSuggestsAnother() throws {
        let ws = try Self.workspace()
        let first = try Serving(ws, ["serve", "--port", "0"])
        let port = try first.port()
        let second = try ws.roadmap("serve", "--port", String(port))
        #expect(second.status == 2, "\(second)")
        #expect(second.stderr.contains("port \(port) on 127.0.0.1 is already in use") && second.stderr.contains("--port \(port + 1)"), "\(second)")
        #expect(first.interrupt().status == 0)
    }

    @Test func aRevisionIsServedWithoutWatching() throws {
        let ws = try Self.workspace()
        let serve = try Serving(ws, ["serve", "--port", "0", "--ref", "HEAD"])
        let port = try serve.port()
        #expect(serve.output.received.contains("(a revision: not watching for changes)"))
        #expect(try HTTPProbe(port: port).send("GET", "/prd/accounting-sync.html").status == 200)
        #expect(serve.terminate().status == 0)

        // A day: the last commit on or before it (the workspace's commits are dated 2026-03-01).
        let day = try Serving(ws, ["serve", "--port", "0", "--at", "2026-03-02"])
        let dayPort = try day.port()
        #expect(try HTTPProbe(port: dayPort).send("GET", "/prd/accounting-sync.html").status == 200)
        #expect(day.interrupt().status == 0)
        let before = try ws.roadmap("serve", "--port", "0", "--at", "2020-01-01")
        #expect(before.status == 2, "\(before)")
    }

    @Test func refusalsAreClear() throws {
        let ws = try Self.workspace()
        let staged = try ws.roadmap("serve", "--staged")
        #expect(staged.status != 0 && staged.stderr.contains("--staged is not served"), "\(staged)")
        let host = try ws.roadmap("serve", "--host", "example.com")
        #expect(host.status == 2 && host.stderr.contains("--host example.com is not an IP address"), "\(host)")
        let help = try ws.roadmap("serve", "--help")
        #expect(help.stdout.contains("--port") && help.stdout.contains("Ctrl-C"))
    }

    @Test func listeningElsewhereThanLoopbackIsWarnedAbout() throws {
        let ws = try Self.workspace()
        let serve = try Serving(ws, ["serve", "--port", "0", "--host", "0.0.0.0"])
        _ = try serve.port()
        let result = serve.interrupt()
        #expect(result.stderr.contains("warning: listening on 0.0.0.0, which other machines can reach"), "\(result)")
    }
}

/// A `roadmap serve` process whose output is read as it comes.
final class Serving {
    let process: Process
    let output: StreamText
    private let errors: PipeReader

    init(_ ws: Workspace, _ arguments: [String]) throws {
        process = try CLI.roadmapProcess(arguments, in: ws.root, home: ws.home)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        output = StreamText(out.fileHandleForReading)
        errors = PipeReader(err.fileHandleForReading)
    }

    deinit { if process.isRunning { process.terminate(); process.waitUntilExit() } }

    /// The port from the `serving http://...:PORT/` line.
    func port() throws -> UInt16 {
        let line = try output.wait(for: "/ (", after: "serving http://", seconds: 60)
        let digits = line.split(separator: ":").last?.prefix { $0.isNumber } ?? ""
        return try #require(UInt16(digits), "no port in \(line)")
    }

    func interrupt() -> CLI.Result { end(SIGINT) }
    func terminate() -> CLI.Result { end(SIGTERM) }

    private func end(_ signal: Int32) -> CLI.Result {
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        let rest = output.wait()
        return CLI.Result(status: process.terminationStatus, stdout: rest, stderr: String(decoding: errors.wait(), as: UTF8.self))
    }
}

/// A pipe's text as it arrives.
final class StreamText: @unchecked Sendable {
    private let pipe: PipeBuffer
    private var consumed = 0

    init(_ handle: FileHandle) { pipe = PipeBuffer(handle) }

    private var text: String { String(decoding: pipe.bytes, as: UTF8.self) }

    var received: String { text }

    /// Waits for `marker` (after `after`, when given) in the text not yet consumed; consumes and
    /// returns everything up to the end of it.
    @discardableResult
    func wait(for marker: String, after: String? = nil, seconds: Double = 20) throws -> String {
        let consumed = self.consumed
        let found = pipe.wait(seconds: seconds) { bytes -> (String, Int)? in
            let rest = String(String(decoding: bytes, as: UTF8.self).dropFirst(consumed))
            var searchFrom = rest.startIndex
            if let after { searchFrom = rest.range(of: after)?.upperBound ?? rest.endIndex }
            guard after == nil || rest.range(of: after!) != nil, let found = rest.range(of: marker, range: searchFrom..<rest.endIndex) else { return nil }
            return (String(rest[..<found.upperBound]), rest.distance(from: rest.startIndex, to: found.upperBound))
        }
        guard let (text, length) = found else {
            throw HTTPProbe.Failure.timedOut("no \(marker.debugDescription) in \(String(text.dropFirst(consumed)).suffix(2000).debugDescription)")
        }
        self.consumed += length
        return text
    }

    func staysWithout(_ marker: String, seconds: Double) throws -> Bool {
        do { try wait(for: marker, seconds: seconds); return false } catch HTTPProbe.Failure.timedOut { return true }
    }

    /// Everything not yet consumed, once the pipe has ended.
    func wait() -> String {
        pipe.waitForEnd()
        return String(text.dropFirst(consumed))
    }
}
