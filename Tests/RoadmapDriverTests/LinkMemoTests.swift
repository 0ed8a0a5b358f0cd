import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapCorpus
import RoadmapDriver
import RoadmapSources
import Testing

/// A session reuses its last link when an edit changed only what the linker passes through, and
/// links afresh otherwise; either way the answer is a fresh compile's.
struct LinkMemoTests {
    @Test func proseEditsReuseTheLinkAndEverythingElseLinksAfresh() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-memo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for file in CorpusGenerator(spec: CorpusSpec(prds: 8, objectives: 2, teams: 2, seed: 3)).files() {
            try write(file.contents, to: root + "/" + file.path)
        }
        let session = try RoadmapSession(location: try RoadmapLocation.resolve(root), today: CalendarDate(iso: "2026-08-01")!,
                                         environment: [:], caching: .memory,
                                         clock: { Int64(Date().timeIntervalSince1970 * 1e9) + 10_000_000_000 })
        let prds = try #require(FileManager.default.subpathsOfDirectory(atPath: root + "/prds").filter { $0.hasSuffix(".md") }.sorted())
        let path = "prds/" + prds[0]
        let up = String(repeating: "../", count: path.split(separator: "/").count - 1)

        func step(_ change: (inout String) -> Void, reuses: Bool, _ what: String) throws -> Compilation {
            var text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
            change(&text)
            usleep(5_000)
            try write(text, to: root + "/" + path)
            return try compare(session, root: root, reuses: reuses, what)
        }

        _ = try compare(session, root: root, reuses: false, "the first compile")
        _ = try step({ $0 += "\nMore prose.\n" }, reuses: true, "a body edit")
        let retitled = try step({ $0 = $0.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Renamed ") }, reuses: true, "a new title")
        #expect(retitled.roadmap.features.contains { $0.path == path && $0.title.hasPrefix("Renamed ") })
        let linked = try step({ $0 += "\n[spec](\(up)assets/spec.png)\n" }, reuses: true, "a link to a missing file")
        #expect(linked.diagnostics.contains { $0.code == .brokenRelativeLink && $0.location?.path == path })

        // The linked file appears: no roadmap file changed, yet the answer does.
        try write("png", to: root + "/assets/spec.png")
        let found = try compare(session, root: root, reuses: false, "the linked file created")
        #expect(!found.diagnostics.contains { $0.code == .brokenRelativeLink })

        _ = try step({ $0 = $0.replacingOccurrences(of: "\nstatus: ", with: "\ndepends_on: [no-such-prd]\nstatus: ") },
                     reuses: false, "a new dependency")
        _ = try step({ $0 += "\nEven more prose.\n" }, reuses: true, "a body edit after relinking")
    }

    /// A status or a date typed in place reuses the link and checks again what reads them, for
    /// the PRD and for those waiting on it: overdue work, dependencies due later, orphans.
    @Test func statusAndDateEditsReuseTheLinkWithTheChecksThatReadThem() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-memo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = [
            "roadmap.yml": "statuses: [idea, planned, in-progress, shipped]\n",
            "okrs/grow.md": "---\nid: grow\ntitle: Grow\nkey_results:\n  - {id: kr1, title: One, baseline: 0, target: 1}\n---\n",
            "prds/base.md": "---\nid: base\ntitle: Base\nowner: A\nstatus: planned\nokrs: [grow/kr1]\ndue: 2026-09-30\n---\n",
            "prds/waits.md": "---\nid: waits\ntitle: Waits\nowner: A\nstatus: planned\nokrs: [grow/kr1]\ndepends_on: [base]\ndue: 2026-09-15\n---\n",
            "prds/alone.md": "---\nid: alone\ntitle: Alone\nowner: A\nstatus: idea\n---\n",
        ]
        for (path, text) in files { try write(text, to: root + "/" + path) }
        let session = try RoadmapSession(location: try RoadmapLocation.resolve(root), today: CalendarDate(iso: "2026-09-20")!,
                                         environment: [:], caching: .memory,
                                         clock: { Int64(Date().timeIntervalSince1970 * 1e9) + 10_000_000_000 })
        /// The diagnostics after the edit, as `code path` lines.
        func edit(_ path: String, _ from: String, _ to: String, reuses: Bool = true) throws -> Set<String> {
            let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
            #expect(text.contains(from), "\(path) has no \(from)")
            usleep(5_000)
            try write(text.replacingOccurrences(of: from, with: to), to: root + "/" + path)
            return Set(try compare(session, root: root, reuses: reuses, "\(path): \(from) -> \(to)").diagnostics
                .map { "\($0.code.rawValue) \($0.location?.path ?? "")" })
        }
        let first = Set(try compare(session, root: root, reuses: false, "the first compile").diagnostics.map { "\($0.code.rawValue) \($0.location?.path ?? "")" })
        // waits is overdue, and due before base, which it waits on.
        #expect(first.isSuperset(of: ["RM509 prds/waits.md", "RM308 prds/waits.md"]))
        #expect(try !edit("prds/base.md", "status: planned", "status: shipped").contains("RM509 prds/waits.md"))
        #expect(try edit("prds/base.md", "status: shipped", "status: planned").contains("RM509 prds/waits.md"))
        #expect(try !edit("prds/base.md", "due: 2026-09-30", "due: 2026-09-10").contains("RM509 prds/waits.md"))
        #expect(try !edit("prds/waits.md", "status: planned", "status: shipped").contains("RM308 prds/waits.md"))
        #expect(try edit("prds/alone.md", "status: idea", "status: in-progress").contains("RM903 prds/alone.md"))
        #expect(try !edit("prds/alone.md", "status: in-progress", "status: bogus").contains("RM903 prds/alone.md"))
        // A date on a new line after everything the link reads of the file.
        #expect(try edit("prds/alone.md", "status: bogus", "status: planned\ndue: 2026-01-01").contains("RM308 prds/alone.md"))
        // A line added before `depends_on` moves where it is written: the link is made afresh.
        _ = try edit("prds/waits.md", "status: shipped", "status: planned\nstart: 2026-01-01", reuses: false)
    }

    private func compare(_ session: RoadmapSession, root: String, reuses: Bool, _ what: String) throws -> Compilation {
        let incremental = try session.compile()
        #expect(session.lastLinkWasReused == reuses, "\(what): reused \(String(describing: session.lastLinkWasReused))")
        let fresh = try RoadmapCompiler(source: WorkingTreeSource(root: root), options: session.options).compile()
        #expect(incremental.diagnostics == fresh.diagnostics, "\(what): diagnostics differ")
        #expect(incremental.roadmap.features == fresh.roadmap.features, "\(what): PRDs differ")
        #expect(incremental.roadmap.objectives == fresh.roadmap.objectives, "\(what): objectives differ")
        return incremental
    }

    private func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
