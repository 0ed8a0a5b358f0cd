import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapHistory
import RoadmapHistoryMiner
import RoadmapSources
import Testing
@testable import RoadmapSite

/// End to end: a real repository scripted with the git CLI, compiled, mined and built.
@Suite struct HistoryRepoSiteTests {
    @Test func realHistoryReachesThePages() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-sitehist-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let root = base.resolvingSymlinksInPath().path
        defer { try? FileManager.default.removeItem(atPath: root) }
        func write(_ path: String, _ text: String) throws {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        func prd(_ status: String, due: String) -> String {
            "---\nid: saved-cards\ntitle: Saved cards\nstatus: \(status)\nowner: Sam\nquarter: 2026-Q2\ndue: \(due)\n---\nBody.\n"
        }
        try git(["init", "-q", "-b", "main"], in: root)
        try write("roadmap.yml", "title: T\n")
        try write("prds/saved-cards.md", prd("planned", due: "2026-05-15"))
        try git(["add", "-A"], in: root)
        try git(["commit", "-q", "-m", "Plan"], in: root, time: "1767607200 +0000", author: "Alice")  // 2026-01-05
        try write("prds/saved-cards.md", prd("in-progress", due: "2026-06-20"))
        try git(["commit", "-q", "-a", "-m", "Start and slip"], in: root, time: "1770717600 +0200", author: "Bob & Co")  // 2026-02-10

        let location = try RoadmapLocation.resolve(".", currentDirectory: root,
                                                   ceilingDirectories: [(root as NSString).deletingLastPathComponent])
        let compilation = try RoadmapCompiler(source: location.workingTree()).compile()
        let mined = try HistoryMiner(location: location, config: compilation.roadmap.config, cacheFile: nil).mine()
        let out = root + "/_site"
        _ = try SiteBuilder(roadmap: compilation.roadmap, diagnostics: compilation.diagnostics,
                            options: SiteTestSupport.options(output: out), bodyRenderer: EscapingBodyRenderer(),
                            history: mined.history).build()
        let page = SiteTestSupport.read(out + "/prd/saved-cards.html")
        #expect(page.components(separatedBy: "2026-02-10</time> status").count == 2, "one line for the commit")
        #expect(page.contains("2026-02-10</time> status planned → in-progress, due 2026-05-15 → 2026-06-20 <strong class=\"slip-tag\">slip</strong>"))
        #expect(page.contains("Bob &amp; Co"))
        #expect(page.contains("last updated <time datetime=\"2026-02-10\">2026-02-10</time>"))
        let timeline = SiteTestSupport.read(out + "/timeline.html")
        #expect(timeline.contains("<title>first planned 2026-04-01 to 2026-05-15</title>"), "the slipped plan's first span, faintly")
        let changes = SiteTestSupport.read(out + "/changes.html")
        #expect(changes.contains("<h2 id=\"m-2026-02\">2026-02</h2>"))
        #expect(changes.contains("<h2 id=\"m-2026-01\">2026-01</h2>"))
        let feed = SiteTestSupport.read(out + "/feed.xml")
        #expect(feed.contains("<updated>2026-02-10T12:00:00+02:00</updated>"))
        #expect(feed.components(separatedBy: "<entry>").count == 3)
    }

    @discardableResult
    func git(_ arguments: [String], in folder: String, time: String = "1767225600 +0000",
                     author: String = "Alice") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=\(author)", "-c", "user.email=dev@example.com"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_AUTHOR_DATE"] = "@" + time
        environment["GIT_COMMITTER_DATE"] = "@" + time
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return String(decoding: data, as: UTF8.self)
    }
}
