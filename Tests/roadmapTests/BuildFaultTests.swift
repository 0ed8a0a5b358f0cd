import Foundation
import Testing

/// `roadmap build` killed at any moment, on a full disk or a read-only folder: the site in the
/// output folder is always a whole site (the previous one, or the new one once swapped in),
/// byte for byte, and working folders left by a killed build are removed by the next one.
@Suite(.serialized) struct BuildFaultTests {
    /// The sample roadmap, committed, in a fresh workspace.
    static func sample() throws -> Workspace {
        let ws = try Workspace()
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("sample-roadmap").path
        for item in try FileManager.default.contentsOfDirectory(atPath: sample) {
            try FileManager.default.copyItem(atPath: sample + "/" + item, toPath: ws.path(item))
        }
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "sample")
        return ws
    }

    /// Two versions of the roadmap's text: the builds switch between them.
    static func setVersion(_ ws: Workspace, _ second: Bool) throws {
        let file = "prds/growth/guided-onboarding.md"
        let original = try ws.git("show", "HEAD:" + file)
        try ws.write(file, second ? original + "\nA paragraph only the second version has.\n" : original)
    }

    /// Every file under `folder` with its bytes (links as their target).
    static func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let item = enumerator?.nextObject() as? String {
            let path = folder + "/" + item
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) { files[item] = Data(("-> " + target).utf8); continue }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                files[item] = FileManager.default.contents(atPath: path) ?? Data()
            }
        }
        return files
    }

    /// The working folders of builds beside `output` (`.site.tmp-…`, `.site.old-…`).
    static func leftovers(_ output: String) -> [String] {
        let parent = (output as NSString).deletingLastPathComponent, name = (output as NSString).lastPathComponent
        return ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).filter { $0.hasPrefix("." + name + ".") }
    }

    static func build(_ ws: Workspace, _ output: String) throws -> CLI.Result {
        try ws.roadmap("build", "--out", output)
    }

    @Test func aBuildKilledAtAnyMomentLeavesAWholeSite() throws {
        let ws = try Self.sample()
        let output = ws.base + "/out/site"
        try FileManager.default.createDirectory(atPath: ws.base + "/out", withIntermediateDirectories: true)
        try Self.setVersion(ws, true)
        let second = try Self.build(ws, output)
        #expect(second.status == 0, "\(second)")
        let secondSite = Self.snapshot(output)
        try Self.setVersion(ws, false)
        let clock = ContinuousClock()
        let started = clock.now
        let first = try Self.build(ws, output)
        let buildTime = clock.now - started
        #expect(first.status == 0, "\(first)")
        let firstSite = Self.snapshot(output)
        #expect(firstSite != secondSite && !firstSite.isEmpty)
        #expect(Self.leftovers(output).isEmpty)
        let kills = 20
        var current = false
        var interrupted = 0
        for n in 0..<kills {
            // Spread over the whole build, a little past its measured length.
            let delay = buildTime * (Double(n) + 0.5) / Double(kills) * 1.2
            try Self.setVersion(ws, !current)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try CLI.binary())
            process.arguments = ["build", "--out", output]
            process.currentDirectoryURL = URL(fileURLWithPath: ws.root)
            process.environment = CLI.environment(home: ws.home)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let site = Self.snapshot(output)
            #expect(site == firstSite || site == secondSite, "kill \(n) after \(delay): the site is neither the old nor the new one")
            current = site == secondSite
            if process.terminationReason == .uncaughtSignal { interrupted += 1 }
            #expect(Self.leftovers(output).count <= 1, "kill \(n): \(Self.leftovers(output))")
        }
        // The next whole build removes what the killed ones left.
        try Self.setVersion(ws, !current)
        #expect(try Self.build(ws, output).status == 0)
        #expect(Self.snapshot(output) == (current ? firstSite : secondSite))
        #expect(Self.leftovers(output).isEmpty, "\(Self.leftovers(output))")
        // Most kills must land inside a build, or the test tests nothing.
        #expect(interrupted >= kills / 2, "only \(interrupted) of \(kills) kills landed inside a build")
    }

    /// Whether this process may mount a tmpfs (root in a container that allows it).
    static let canMount: Bool = {
        guard getuid() == 0 else { return false }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-mount-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard (try? run("/bin/mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder)) == 0 else { return false }
        _ = try? run("/bin/umount", folder)
        return true
    }()

    @discardableResult
    static func run(_ arguments: String...) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A workspace with the first version's site built on a small tmpfs of its own.
    static func siteOnTmpfs(size: String) throws -> (Workspace, disk: String, site: [String: Data]) {
        let ws = try Self.sample()
        let disk = ws.base + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        try #require(try run("/bin/mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", disk) == 0)
        let built = try Self.build(ws, disk + "/site")
        #expect(built.status == 0, "\(built)")
        return (ws, disk, Self.snapshot(disk + "/site"))
    }

    @Test(.enabled(if: canMount, "needs root and permission to mount a tmpfs"))
    func aFullDiskIsAnErrorAndKeepsTheSite() throws {
        let (ws, disk, site) = try Self.siteOnTmpfs(size: "4m")
        defer { _ = try? Self.run("/bin/umount", "-l", disk) }
        // Fill what is left, then ask for a site that needs new files.
        let filler = FileHandle(forWritingAtPath: { FileManager.default.createFile(atPath: disk + "/filler", contents: nil); return disk + "/filler" }())
        let block = Data(count: 16 << 10)
        while (try? filler?.write(contentsOf: block)) != nil {}
        try? filler?.close()
        try Self.setVersion(ws, true)
        let full = try Self.build(ws, disk + "/site")
        #expect(full.status == 2, "\(full)")
        #expect(full.stderr.contains("roadmap: error:") && full.stderr.contains("No space left on device"), "\(full)")
        #expect(Self.snapshot(disk + "/site") == site)
        #expect(Self.leftovers(disk + "/site").isEmpty, "\(Self.leftovers(disk + "/site"))")
    }

    @Test(.enabled(if: canMount, "needs root and permission to mount a tmpfs"))
    func aReadOnlyFileSystemIsAnErrorAndKeepsTheSite() throws {
        let (ws, disk, site) = try Self.siteOnTmpfs(size: "8m")
        defer { _ = try? Self.run("/bin/umount", "-l", disk) }
        try #require(try Self.run("/bin/mount", "-o", "remount,ro", disk) == 0)
        try Self.setVersion(ws, true)
        let readOnly = try Self.build(ws, disk + "/site")
        #expect(readOnly.status == 2, "\(readOnly)")
        #expect(readOnly.stderr.contains("roadmap: error:") && readOnly.stderr.contains("Read-only file system"), "\(readOnly)")
        #expect(Self.snapshot(disk + "/site") == site)
    }

    @Test(.enabled(if: getuid() != 0, "root writes to read-only folders; the tmpfs test covers root"))
    func aReadOnlyFolderIsAnErrorAndKeepsTheSite() throws {
        let ws = try Self.sample()
        let parent = ws.base + "/out"
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        #expect(try Self.build(ws, parent + "/site").status == 0)
        let site = Self.snapshot(parent + "/site")
        chmod(parent, 0o555)
        chmod(parent + "/site", 0o555)
        defer { chmod(parent, 0o755); chmod(parent + "/site", 0o755) }
        try Self.setVersion(ws, true)
        let readOnly = try Self.build(ws, parent + "/site")
        #expect(readOnly.status == 2, "\(readOnly)")
        #expect(readOnly.stderr.contains("roadmap: error:") && readOnly.stderr.contains("Permission denied"), "\(readOnly)")
        #expect(Self.snapshot(parent + "/site") == site)
    }
}
