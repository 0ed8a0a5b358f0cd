import Foundation
import RoadmapCore
import RoadmapHistory
import RoadmapHistoryMiner
import RoadmapSources

/// A throw-away git repository with a scripted history, driven with the real `git` CLI under a
/// fixed identity and clock. The folder is deleted when the value goes away.
final class HistoryRepo {
    struct Failed: Error, CustomStringConvertible { var description: String }

    let root: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        root = base.resolvingSymlinksInPath().path
        try git("init", "-q", "-b", "main")
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    var ceiling: [String] { [(root as NSString).deletingLastPathComponent] }

    func write(_ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func delete(_ path: String) throws { try FileManager.default.removeItem(atPath: root + "/" + path) }

    /// Seconds since 1970 of `day` (YYYY-MM-DD) at 10:00 UTC.
    static func time(_ day: String) -> Int64 {
        HistoryTime.startOfDay(CalendarDate(iso: day)!) + 36_000
    }

    /// Commits everything on `day` at 10:00 in zone `zone` (e.g. `+0200`) as `author`; returns the id.
    @discardableResult
    func commit(_ message: String, on day: String, by author: String = "Alice", zone: String = "+0000") throws -> String {
        try git("add", "-A")
        try git("commit", "-q", "--allow-empty", "-m", message, on: day, by: author, zone: zone)
        return try git("rev-parse", "HEAD")
    }

    /// Runs git in the repository (or `folder`) with `author`'s identity on `day`, isolated from the user's config.
    @discardableResult
    func git(_ arguments: String..., in folder: String? = nil, on day: String = "2026-01-01", by author: String = "Alice",
             zone: String = "+0000") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=\(author)", "-c", "user.email=\(author.lowercased())@example.com"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder ?? root)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        let date = "@\(Self.time(day)) \(zone)"
        environment["GIT_AUTHOR_DATE"] = date
        environment["GIT_COMMITTER_DATE"] = date
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failed(description: "git \(arguments.joined(separator: " ")): \(String(decoding: err, as: UTF8.self))")
        }
        return String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func location(_ path: String = ".") throws -> RoadmapLocation {
        try RoadmapLocation.resolve(path, currentDirectory: root, ceilingDirectories: ceiling)
    }

    /// Mines the history with `config` (default settings), caching in `cache` when given.
    func mine(_ path: String = ".", cache: String? = nil, config: RoadmapConfig = RoadmapConfig()) throws -> MinedHistory {
        try HistoryMiner(location: try location(path), config: config, cacheFile: cache).mine()
    }
}

/// Documents for scripted histories.
enum Doc {
    static func prd(_ id: String, status: String = "idea", quarter: String? = nil, horizon: String? = nil, due: String? = nil,
                    okrs: [String] = [], body: String = "Body.") -> String {
        var lines = ["---", "id: \(id)", "title: \(id.capitalized)", "status: \(status)", "owner: Sam"]
        if let quarter { lines.append("quarter: \(quarter)") }
        if let horizon { lines.append("horizon: \(horizon)") }
        if let due { lines.append("due: \(due)") }
        if !okrs.isEmpty { lines.append("okrs: [\(okrs.joined(separator: ", "))]") }
        return (lines + ["---", body, ""]).joined(separator: "\n")
    }

    static func objective(_ id: String, period: String = "2026-Q2", keyResults: [(String, Double, Double)]) -> String {
        var lines = ["---", "id: \(id)", "title: Objective \(id)", "period: \(period)", "key_results:"]
        for (kr, target, current) in keyResults {
            lines += ["  - id: \(kr)", "    title: Result \(kr)", "    baseline: 0", "    target: \(target)", "    current: \(current)"]
        }
        return (lines + ["---", ""]).joined(separator: "\n")
    }
}

extension HistoryEvent {
    /// Compact text for exact comparisons in tests.
    var brief: String {
        switch self {
        case .created(let path): "created \(path)"
        case .removed(let path): "removed \(path)"
        case .moved(let from, let to): "moved \(from) -> \(to)"
        case .idChanged(let from, let to): "id \(from) -> \(to)"
        case .titleChanged(let from, let to): "title \(from ?? "-") -> \(to ?? "-")"
        case .statusChanged(let from, let to): "status \(from ?? "-") -> \(to ?? "-")"
        case .startMoved(let from, let to): "start \(from.map(String.init(describing:)) ?? "-") -> \(to.map(String.init(describing:)) ?? "-")"
        case .dueMoved(let from, let to): "due \(from.map(String.init(describing:)) ?? "-") -> \(to.map(String.init(describing:)) ?? "-")\(isSlip ? " slip" : "")"
        case .quarterMoved(let from, let to): "quarter \(from.map(String.init(describing:)) ?? "-") -> \(to.map(String.init(describing:)) ?? "-")\(isSlip ? " slip" : "")"
        case .horizonMoved(let from, let to): "horizon \(from?.rawValue ?? "-") -> \(to?.rawValue ?? "-")\(isSlip ? " slip" : "")"
        case .okrLinked(let link): "linked \(link)"
        case .okrUnlinked(let link): "unlinked \(link)"
        case .riceChanged(let from, let to): "rice \(from.map { "\($0)" } ?? "-") -> \(to.map { "\($0)" } ?? "-")"
        case .keyResultAdded(let id): "kr+ \(id)"
        case .keyResultRemoved(let id): "kr- \(id)"
        case .keyResultRetargeted(let id, let from, let to): "\(id) target \(from.map { "\($0)" } ?? "-") -> \(to.map { "\($0)" } ?? "-")"
        case .keyResultProgressed(let id, let from, let to): "\(id) current \(from.map { "\($0)" } ?? "-") -> \(to.map { "\($0)" } ?? "-")"
        case .keyResultConfidenceChanged(let id, let from, let to): "\(id) confidence \(from.map { "\($0)" } ?? "-") -> \(to.map { "\($0)" } ?? "-")"
        case .keyResultNoteChanged(let id, let from, let to): "\(id) note \(from ?? "-") -> \(to ?? "-")"
        case .keyResultRenamed(let from, let to): "kr \(from) -> \(to)"
        case .edited: "edited"
        }
    }
}

extension ItemHistory {
    /// `day author: event; event` per commit, for exact comparisons.
    var lines: [String] {
        timeline.map { "\($0.commit.day) \($0.commit.authorName): " + $0.change.events.map(\.brief).joined(separator: "; ") }
    }
}
