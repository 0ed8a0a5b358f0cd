import Foundation
import Testing

/// Several `roadmap` processes on one repository at once (a hook and an editor) share the
/// analysis and history caches: none prints a different answer than a run alone, and the
/// caches they leave are sound. A cache of another format version is rebuilt, never read.
@Suite struct ConcurrentCacheTests {
    /// The sample roadmap with a history of edits, moves and status changes.
    static func busyHistory() throws -> Workspace {
        let ws = try BuildFaultTests.sample()
        for n in 0..<25 {
            try ws.write("prds/growth/concurrent-\(n % 6).md", "---\nid: concurrent-\(n % 6)\ntitle: Concurrent \(n)\nstatus: \(n % 3 == 0 ? "planned" : "idea")\nowner: ada\n---\n\n## Problem\n\nEdit \(n).\n")
            try ws.git("add", "-A")
            try ws.git("commit", "-q", "-m", "edit \(n)")
        }
        return ws
    }

    /// The analysis cache serves `--ref` and `--staged` (files with blob ids); the history cache `log` and `--history`.
    static let commands: [[String]] = [
        ["check", "--ref", "HEAD", "--format", "json"],
        ["log", "--format", "json"],
        ["check", "--ref", "HEAD", "--history", "--today", "2026-06-01", "--format", "json"],
        ["log"],
    ]

    /// Each command run alone without caches: the answers to compare with.
    static func alone(_ ws: Workspace) throws -> [CLI.Result] {
        try commands.map { try run(ws, $0 + ["--no-cache"]) }
    }

    static func run(_ ws: Workspace, _ arguments: [String]) throws -> CLI.Result {
        try CLI.run(try CLI.binary(), arguments, in: ws.root, environment: CLI.environment(home: ws.home))
    }

    /// Eight processes started together, two of each command.
    static func together(_ ws: Workspace) throws -> [(Int, CLI.Result)] {
        let results = Locked<[(Int, CLI.Result)]>([])
        let binary = try CLI.binary()
        let environment = CLI.environment(home: ws.home)
        let root = ws.root
        DispatchQueue.concurrentPerform(iterations: 8) { n in
            let command = n % commands.count
            let result = (try? CLI.run(binary, commands[command], in: root, environment: environment))
                ?? CLI.Result(status: -1, stdout: "", stderr: "could not start")
            results.update { $0.append((command, result)) }
        }
        return results.value
    }

    @Test func eightProcessesAtOnceAnswerAsOneAlone() throws {
        let ws = try Self.busyHistory()
        for round in 0..<3 {
            if round == 1 {
                // New commits on top of the cached history: every process appends to the history cache.
                try ws.write("prds/growth/late.md", "---\nid: late\ntitle: Late\nstatus: idea\nowner: ada\n---\n\n## Problem\n\nLate.\n")
                try ws.git("add", "-A")
                try ws.git("commit", "-q", "-m", "late")
            }
            let expected = try Self.alone(ws)
            if round == 0 { try? FileManager.default.removeItem(atPath: ws.path(".git/roadmap")) }
            for (command, result) in try Self.together(ws) {
                #expect(result.status == expected[command].status, "round \(round), \(Self.commands[command]): \(result)")
                #expect(result.stdout == expected[command].stdout, "round \(round), \(Self.commands[command])")
                #expect(result.stderr == expected[command].stderr, "round \(round), \(Self.commands[command])")
            }
            // What they left behind reads back as the same answers.
            for (command, arguments) in Self.commands.enumerated() {
                #expect(try Self.run(ws, arguments).stdout == expected[command].stdout, "round \(round), after: \(arguments)")
            }
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: ws.path(".git/roadmap")).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// Another format version in the cache files' header: ignored, and rewritten in this one.
    @Test func cachesOfAnotherFormatVersionAreRebuilt() throws {
        let ws = try Self.busyHistory()
        let expected = try Self.alone(ws)
        for (command, arguments) in Self.commands.enumerated() {
            #expect(try Self.run(ws, arguments).stdout == expected[command].stdout)
        }
        let folder = ws.path(".git/roadmap")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let check = try #require(files.first { $0.hasPrefix("check-cache-") }), history = try #require(files.first { $0.hasPrefix("history-") })
        // The version follows the magic: a zig-zag varint after "RMCACHE", one byte after "RMHISTORY".
        let places = [(check, 7, Data("RMCACHE".utf8)), (history, 9, Data("RMHISTORY".utf8))]
        var originals: [String: Data] = [:]
        for (name, offset, magic) in places {
            var bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            #expect(bytes.prefix(magic.count) == magic)
            originals[name] = bytes
            bytes[offset] &+= 2
            try bytes.write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        for (command, arguments) in Self.commands.enumerated() {
            #expect(try Self.run(ws, arguments).stdout == expected[command].stdout, "\(arguments)")
        }
        for (name, offset, _) in places {
            let rewritten = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            #expect(rewritten[offset] == originals[name]?[offset], "\(name) was not rewritten in this version")
        }
    }
}

/// A value shared by threads behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()
    init(_ value: Value) { stored = value }
    var value: Value { lock.lock(); defer { lock.unlock() }; return stored }
    func update(_ change: (inout Value) -> Void) { lock.lock(); defer { lock.unlock() }; change(&stored) }
}
