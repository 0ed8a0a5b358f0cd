import Foundation
@testable import RoadmapDriver
import RoadmapTestSupport
import Testing

/// The watcher on a real folder: inotify events, what it ignores, how it batches.
@Suite(.serialized)
struct TreeWatcherTests {
    @Test(arguments: [
        ("prds/a.md", true), ("roadmap.yml", true), ("templates/prd.mustache", true), ("prds/new-team", true),
        (".git/index", false), (".git/refs/heads/main", false), ("_site/index.html", false), ("prds/.a.md.swp", false),
        ("prds/a.md~", false), ("prds/4913", false), ("prds/.#a.md", false), ("prds/#a.md#", false),
        ("node_modules/x/y.md", false), ("prds/.hidden/a.md", false), ("prds/a.md.tmp", false),
        ("prds/a.md___jb_tmp___", false), ("prds/.goutputstream-XYZ", false),
    ])
    func whatMatters(path: String, matters: Bool) throws {
        let folder = try Folder()
        let watcher = try TreeWatcher(root: folder.root, ignoring: ["_site"])
        #expect(watcher.matters(path) == matters, "\(path)")
    }

    @Test func aSavedFileIsReportedAndIgnoredOnesAreNot() throws {
        let folder = try Folder()
        try folder.write("prds/a.md", "one")
        let (watcher, batches) = try Self.watching(root: folder.root, ignoring: ["_site"])
        defer { watcher.stop() }

        try folder.write("prds/a.md", "two")
        #expect(try batches.next() == ["prds/a.md"])

        try folder.write(".git/index", "x")
        try folder.write("_site/index.html", "x")
        try folder.write("prds/.a.md.swp", "x")
        try folder.write("prds/a.md~", "x")
        Thread.sleep(forTimeInterval: 0.4)
        #expect(batches.all.count == 1, "ignored files were reported: \(batches.all)")
    }

    @Test func aBurstOfSavesIsOneBatch() throws {
        let folder = try Folder()
        let (watcher, batches) = try Self.watching(root: folder.root, quiet: 0.1)
        defer { watcher.stop() }
        for n in 0..<20 {
            try folder.write("prds/p\(n % 4).md", "version \(n)")
            Thread.sleep(forTimeInterval: 0.005)
        }
        #expect(try batches.next() == ["prds/p0.md", "prds/p1.md", "prds/p2.md", "prds/p3.md"])
        Thread.sleep(forTimeInterval: 0.3)
        #expect(batches.all.count == 1, "\(batches.all)")
    }

    @Test func anAtomicSaveIsTheFileItReplaced() throws {
        let folder = try Folder()
        try folder.write("prds/a.md", "one")
        let (watcher, batches) = try Self.watching(root: folder.root)
        defer { watcher.stop() }
        // What vim, VS Code and `sed -i` do: write a temporary file, rename it over the original.
        try folder.write("prds/.a.md.tmp123", "two")
        #expect(rename(folder.path("prds/.a.md.tmp123"), folder.path("prds/a.md")) == 0)
        #expect(try batches.next() == ["prds/a.md"])
    }

    @Test func newFoldersAreWatchedAsTheyAppear() throws {
        let folder = try Folder()
        try folder.write("prds/a.md", "one")
        let (watcher, batches) = try Self.watching(root: folder.root)
        defer { watcher.stop() }
        #expect(watcher.folderCount == 2)
        try FileManager.default.createDirectory(atPath: folder.path("prds/growth"), withIntermediateDirectories: true)
        #expect(try batches.next().contains("prds/growth"))
        try folder.write("prds/growth/b.md", "two")
        #expect(try batches.next() == ["prds/growth/b.md"])
        #expect(watcher.folderCount == 3)
    }

    @Test func nothingIsReportedAfterStop() throws {
        let folder = try Folder()
        let watcher = try TreeWatcher(root: folder.root)
        let batches = Batches()
        watcher.start { batches.add($0) }
        watcher.stop()
        try folder.write("roadmap.yml", "title: x")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(batches.all.isEmpty)
    }

    @Test func stopWaitsForTheBatchBeingReported() throws {
        let folder = try Folder()
        let watcher = try TreeWatcher(root: folder.root)
        let entered = DispatchSemaphore(value: 0)
        let batches = Batches()
        watcher.start { batch in
            entered.signal()
            Thread.sleep(forTimeInterval: 0.3)
            batches.add(batch)
        }
        try folder.write("roadmap.yml", "title: x")
        #expect(entered.wait(timeout: .now() + 5) == .success)
        watcher.stop()
        #expect(batches.all == [["roadmap.yml"]], "the batch's callback had not finished when stop() returned")
    }

    /// A started watcher and the batches it reports.
    static func watching(root: String, ignoring: [String] = [], quiet: Double = 0.05) throws -> (TreeWatcher, Batches) {
        let watcher = try TreeWatcher(root: root, ignoring: ignoring, quiet: quiet)
        let batches = Batches()
        watcher.start { batches.add($0) }
        return (watcher, batches)
    }

    @Test func aMissingRootIsAFailure() {
        #expect(throws: TreeWatcher.Failure.self) { try TreeWatcher(root: "/nonexistent-\(UUID().uuidString)") }
    }
}

/// A temporary folder, removed when released.
final class Folder {
    let root: String
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-watch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/prds", withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: root) }
    func path(_ relative: String) -> String { root + "/" + relative }
    func write(_ relative: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: (path(relative) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path(relative)))
    }
}

/// The batches a watcher reported, as they arrive.
final class Batches: @unchecked Sendable {
    private let condition = NSCondition()
    private var received: [[String]] = []
    private var taken = 0

    func add(_ batch: [String]) {
        condition.lock()
        received.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    var all: [[String]] {
        condition.lock(); defer { condition.unlock() }
        return received
    }

    /// The next batch not yet taken; throws after `seconds` without one.
    func next(seconds: Double = 5) throws -> [String] {
        condition.lock(); defer { condition.unlock() }
        let deadline = Date().addingTimeInterval(seconds)
        while received.count <= taken {
            guard condition.wait(until: deadline) else { throw HTTPProbe.Failure.timedOut("no batch in \(seconds) s") }
        }
        taken += 1
        return received[taken - 1]
    }
}
