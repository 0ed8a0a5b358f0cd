import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapSources
import Testing

/// Entries on disk that are not plain files, or not plain for long: each is a diagnostic on
/// that path, never a hang (a FIFO waits for a writer when opened) or a crash.
@Suite struct OddFileTests {
    /// The fixture roadmap written to a fresh folder, removed afterwards.
    final class Folder {
        let root: String
        init() throws {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-odd-\(UUID().uuidString.prefix(8))")
            root = url.resolvingSymlinksInPath().path
            for (path, text) in Fixture.files { try write(path, text) }
        }
        deinit { try? FileManager.default.removeItem(atPath: root) }
        func path(_ relative: String) -> String { root + "/" + relative }
        func write(_ relative: String, _ text: String) throws {
            let url = URL(fileURLWithPath: path(relative))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        func compile() throws -> Compilation { try RoadmapCompiler(source: WorkingTreeSource(root: root)).compile() }
    }

    @Test func aFIFOIsReportedAndNeverOpened() throws {
        let folder = try Folder()
        #expect(mkfifo(folder.path("prds/payments/waiting.md"), 0o644) == 0)
        let result = try folder.compile()
        let found = expectDiagnostic(result, .notARegularFile, "prds/payments/waiting.md", 1, 1)
        #expect(found?.message == "prds/payments/waiting.md is a FIFO, not a regular file; it is not read")
    }

    @Test func aSocketIsReported() throws {
        let folder = try Folder()
        let path = folder.path("prds/payments/socket.md")
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #expect(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        try #require(bytes.count < MemoryLayout.size(ofValue: address.sun_path))
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        let found = expectDiagnostic(try folder.compile(), .notARegularFile, "prds/payments/socket.md", 1, 1)
        #expect(found?.message.contains("is a socket") == true)
    }

    /// glibc's `makedev`, a macro Swift does not import.
    static func device(_ major: UInt64, _ minor: UInt64) -> dev_t {
        dev_t((major & 0xFFF) << 8 | (minor & 0xFF) | (minor & ~0xFF) << 12 | (major & ~0xFFF) << 32)
    }

    /// Whether this process may make device nodes (root, outside a restricted container).
    static let canMakeDevices: Bool = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-mknod-\(UUID().uuidString)").path
        defer { unlink(path) }
        return mknod(path, S_IFCHR | 0o644, OddFileTests.device(1, 3)) == 0
    }()

    @Test(.enabled(if: canMakeDevices, "needs permission to make device nodes"))
    func aDeviceIsReported() throws {
        let folder = try Folder()
        // The null and zero devices: one reads as empty, the other without end.
        #expect(mknod(folder.path("prds/payments/null.md"), S_IFCHR | 0o644, Self.device(1, 3)) == 0)
        #expect(mknod(folder.path("prds/payments/zero.md"), S_IFCHR | 0o644, Self.device(1, 5)) == 0)
        let result = try folder.compile()
        for name in ["null", "zero"] {
            let found = expectDiagnostic(result, .notARegularFile, "prds/payments/\(name).md", 1, 1)
            #expect(found?.message.contains("is a character device") == true)
        }
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their permissions"))
    func anUnreadableFileIsRM008() throws {
        let folder = try Folder()
        let path = folder.path("prds/payments/saved-cards.md")
        #expect(chmod(path, 0) == 0)
        defer { chmod(path, 0o644) }
        let found = expectDiagnostic(try folder.compile(), .unreadableFile, "prds/payments/saved-cards.md", 1, 1)
        #expect(found?.message.contains("Permission denied") == true)
    }

    @Test func aSymlinkLoopIsNeverFollowed() throws {
        let folder = try Folder()
        try FileManager.default.createSymbolicLink(atPath: folder.path("prds/payments/a.md"), withDestinationPath: "b.md")
        try FileManager.default.createSymbolicLink(atPath: folder.path("prds/payments/b.md"), withDestinationPath: "a.md")
        try FileManager.default.createSymbolicLink(atPath: folder.path("prds/payments/self.md"), withDestinationPath: "self.md")
        try FileManager.default.createSymbolicLink(atPath: folder.path("prds/loop"), withDestinationPath: ".")
        let result = try folder.compile()
        for name in ["a", "b", "self"] { expectDiagnostic(result, .symlinkNotFollowed, "prds/payments/\(name).md", 1, 1) }
    }

    /// A writer rewrites and grows a file the whole time checks run: each check ends, and the
    /// file is either read whole (some version of it) or reported.
    @Test func aFileChangingWhileReadIsNeverACrash() throws {
        let folder = try Folder()
        let path = folder.path("prds/payments/saved-cards.md")
        let versions = [Fixture.prd, Fixture.prd + String(repeating: "More text.\n", count: 5000), "", "---\nid: saved-cards\n"]
        let stop = Stop()
        let writer = Thread {
            var n = 0
            while !stop.isSet {
                if let handle = FileHandle(forWritingAtPath: path) {
                    // In place: truncated and rewritten, so a reader can meet any length.
                    try? handle.truncate(atOffset: 0)
                    try? handle.write(contentsOf: Data(versions[n % versions.count].utf8))
                    try? handle.close()
                }
                n += 1
            }
            stop.finished()
        }
        writer.start()
        defer { stop.set(); stop.waitFinished() }
        let deadline = Date().addingTimeInterval(3)
        var runs = 0
        while Date() < deadline {
            let result = try folder.compile()
            #expect(result.roadmap.features.count <= 2)
            runs += 1
        }
        #expect(runs > 3)
    }
}

/// A flag one thread sets and another polls, and a signal that the poller has stopped.
final class Stop: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    private let done = DispatchSemaphore(value: 0)
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return flag }
    func set() { lock.lock(); flag = true; lock.unlock() }
    func finished() { done.signal() }
    func waitFinished() { done.wait() }
}
