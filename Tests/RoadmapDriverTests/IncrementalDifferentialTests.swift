import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapCorpus
import RoadmapDriver
@testable import RoadmapSite
import RoadmapSources
import Testing

/// A session that compiles again after edits gives exactly what a fresh compile of the same files
/// gives: the diagnostics, the texts they quote, every PRD and objective (bodies included) and
/// `roadmap.json`, byte for byte. Random edit sequences, one per seed: CI runs a fixed set;
/// `ROADMAP_FUZZ_SEEDS=N` runs N more, from seed 1000 up.
struct IncrementalDifferentialTests {
    static let fixedSeeds = Array(UInt64(1)...240)
    static var extraSeeds: [UInt64] {
        let count = ProcessInfo.processInfo.environment["ROADMAP_FUZZ_SEEDS"].flatMap { Int($0) } ?? 0
        return (0..<UInt64(max(0, count))).map { 1000 + $0 }
    }

    @Test(arguments: fixedSeeds)
    func editSequenceMatchesFreshCompiles(seed: UInt64) throws {
        try EditSequence(seed: seed).run()
    }

    /// As a watcher drives it: told every path each edit touched (a new folder by its own path,
    /// as inotify reports one), the session keeps its listing instead of walking the tree.
    @Test(arguments: Array(UInt64(501)...620))
    func watchedEditSequenceMatchesFreshCompiles(seed: UInt64) throws {
        try EditSequence(seed: seed, reportsChanges: true).run()
    }

    /// As `roadmap serve` drives it: after each edit the preview's site in memory (cards and PRD
    /// pages lent by the last plan, pages reused by fingerprint) is byte for byte the site a
    /// fresh plan renders from a fresh compile.
    @Test(arguments: Array(UInt64(701)...760))
    func previewSiteMatchesFreshSites(seed: UInt64) throws {
        try EditSequence(seed: seed, reportsChanges: seed % 2 == 0, comparesSites: true).run()
    }

    @Test(.enabled(if: !extraSeeds.isEmpty, "set ROADMAP_FUZZ_SEEDS=N for more seeds"))
    func moreSeedsFromTheEnvironment() throws {
        for seed in Self.extraSeeds {
            try EditSequence(seed: seed).run()
            try EditSequence(seed: seed, comparesSites: true).run()
        }
    }
}

/// One seeded sequence of edits on a small generated roadmap in a temporary folder.
struct EditSequence {
    var seed: UInt64
    var steps = 8
    /// Tell the session each edit's paths with `treeChanged`, as `roadmap serve`'s watcher does.
    var reportsChanges = false
    /// Keep a `LivePreview` over the session and compare its site with a fresh one after each edit.
    var comparesSites = false

    /// A small deterministic generator (SplitMix64): the same seed gives the same edits.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    func run() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-diff-\(seed)-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        var random = Random(state: seed)
        for file in CorpusGenerator(spec: CorpusSpec(prds: 14, objectives: 3, teams: 3, seed: seed)).files() {
            try write(file.contents, to: root + "/" + file.path)
        }
        let location = try RoadmapLocation.resolve(root)
        let today = CalendarDate(iso: "2026-08-01")!
        // A clock ten seconds ahead: every file read counts as settled, so stat data alone decide
        // what is read again (the racy window is tested on its own).
        let session = try RoadmapSession(location: location, today: today, environment: [:], caching: .memory,
                                         clock: { Int64(Date().timeIntervalSince1970 * 1e9) + 10_000_000_000 })
        let preview = comparesSites ? LivePreview(session: session, request: SiteRequest(history: false)) : nil
        try compare(session, root: root, step: "start")
        if let preview { try compareSites(preview, root: root, changed: [], step: "start") }
        for step in 0..<steps {
            var touched: [String] = []
            let what = try edit(root, &random, session: session, touched: &touched)
            if let preview {
                try compareSites(preview, root: root, changed: touched, step: "step \(step): \(what)")
                continue
            }
            if reportsChanges { session.treeChanged(touched, covers: { _ in true }) }
            try compare(session, root: root, step: "step \(step): \(what)")
            // Work is reused: an edit other than roadmap.yml's analyses at most the files it touched.
            if !what.contains("roadmap.yml"), let reuse = session.lastCompileReuse {
                #expect(reuse.analysed <= 2, "seed \(seed), step \(step): \(what) analysed \(reuse.analysed) files again")
            }
        }
    }

    private func compare(_ session: RoadmapSession, root: String, step: String) throws {
        let incremental = try session.compile()
        let fresh = try RoadmapCompiler(source: WorkingTreeSource(root: root), options: session.options).compile()
        let context = "seed \(seed), \(step)"
        #expect(incremental.diagnostics == fresh.diagnostics, "diagnostics differ, \(context)")
        #expect(incremental.texts == fresh.texts, "quoted texts differ, \(context)")
        #expect(incremental.roadmap.features == fresh.roadmap.features, "PRDs differ, \(context)")
        #expect(incremental.roadmap.objectives == fresh.roadmap.objectives, "objectives differ, \(context)")
        #expect(Self.json(incremental) == Self.json(fresh), "roadmap.json differs, \(context)")
    }

    private func compareSites(_ preview: LivePreview, root: String, changed: [String], step: String) throws {
        let update = reportsChanges ? preview.update(changed: changed, watched: { _ in true }) : preview.update()
        let context = "seed \(seed), \(step)"
        guard update.failure == nil, !update.keptLastGoodSite else { return }
        let site = try #require(preview.currentSite, "no site, \(context)")
        let fresh = try RoadmapCompiler(source: WorkingTreeSource(root: root), options: preview.session.options).compile()
        var request = preview.request
        request.allowErrors = true
        let options = try preview.session.siteOptions(request, compilation: fresh)
        let expected = try SiteBuilder(roadmap: fresh.roadmap, diagnostics: fresh.diagnostics, options: options,
                                       bodyRenderer: CmarkBodyRenderer()).plan().render()
        #expect(site.paths == expected.paths, "the preview's pages differ, \(context)")
        for path in expected.paths where site[path]?.bytes != expected[path]?.bytes {
            Issue.record("\(path) differs from a fresh site, \(context)")
        }
    }

    static func json(_ compilation: Compilation) -> [UInt8] {
        let options = SiteOptions(outputFolder: "/nonexistent", templateFolders: [], generatorVersion: "test")
        return RoadmapDocument.build(SiteModel(roadmap: compilation.roadmap, diagnostics: compilation.diagnostics, options: options)).compactBytes
    }

    /// One random edit; returns what it did, for the failure message.
    private func edit(_ root: String, _ random: inout Random, session: RoadmapSession, touched: inout [String]) throws -> String {
        let files = markdownFiles(root)
        guard !files.isEmpty else { return "nothing to edit" }
        let path = random.pick(files)
        touched = [path]
        let full = root + "/" + path
        var text = (try? String(contentsOfFile: full, encoding: .utf8)) ?? ""
        // Past the file system's timestamp granularity, so each write gets a status-change time of its own.
        usleep(5_000)
        switch random.below(15) {
        case 0:
            let id = "added-\(random.below(1000))"
            let folderIsNew = !FileManager.default.fileExists(atPath: root + "/prds/added")
            touched = [folderIsNew ? "prds/added" : "prds/added/\(id).md"]
            try write(text.replacingFirst(#/(?m)^id: .*$/#, with: "id: \(id)"), to: root + "/prds/added/\(id).md")
            return "added a copy of \(path) as \(id)"
        case 1:
            try FileManager.default.removeItem(atPath: full)
            return "deleted \(path)"
        case 2:
            let target = (path as NSString).deletingLastPathComponent + "/renamed-\(random.below(1000)).md"
            try FileManager.default.moveItem(atPath: full, toPath: root + "/" + target)
            touched = [path, target]
            return "renamed \(path) to \(target)"
        case 3:
            let status = random.pick(["idea", "planned", "in-progress", "shipped", "bogus-status"])
            try write(text.replacingFirst(#/(?m)^status: .*$/#, with: "status: \(status)"), to: full)
            return "status of \(path) to \(status)"
        case 4:
            try write(text.replacingFirst(#/(?m)^title: .*$/#, with: "title: Retitled \(random.below(100))"), to: full)
            return "retitled \(path)"
        case 13:
            // A date typed in place (the PRDs waiting on this one read it too).
            let day = "2026-\(["03", "07", "09", "12"][random.below(4)])-1\(random.below(10))"
            let field = random.below(2) == 0 ? "due" : "start"
            guard text.contains("\n\(field): ") else { return "no \(field) in \(path)" }
            try write(text.replacingFirst(try Regex("(?m)^\(field): .*$"), with: "\(field): \(day)"), to: full)
            return "\(field) of \(path) to \(day)"
        case 14:
            // A status and a date together, as one save.
            let status = random.pick(["planned", "in-progress", "shipped"])
            text = text.replacingFirst(#/(?m)^status: .*$/#, with: "status: \(status)")
            if text.contains("\ndue: ") { text = text.replacingFirst(#/(?m)^due: .*$/#, with: "due: 2026-0\(1 + random.below(9))-20") }
            try write(text, to: full)
            return "status and due of \(path)"
        case 5:
            text += "\nA new paragraph \(random.below(100)).\n"
            try write(text, to: full)
            return "appended to the body of \(path)"
        case 6:
            // Same size, same modification time: only the status-change time and content tell.
            let attributes = try FileManager.default.attributesOfItem(atPath: full)
            guard let index = text.lastIndex(where: { $0 == "e" || $0 == "a" }) else { return "no letter to swap in \(path)" }
            text.replaceSubrange(index...index, with: text[index] == "e" ? "a" : "e")
            try write(text, to: full)
            try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: full)
            return "swapped one letter of \(path), keeping its size and mtime"
        case 7:
            let others = files.filter { $0.hasPrefix("prds/") }.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
            let link = random.below(2) == 0 ? "no-such-prd" : random.pick(others)
            text = text.replacingFirst(#/(?m)^status:/#, with: "depends_on: [\(link)]\nstatus:")
            try write(text, to: full)
            return "\(path) depends on \(link)"
        case 8:
            let yml = root + "/roadmap.yml"
            var config = (try? String(contentsOfFile: yml, encoding: .utf8)) ?? ""
            if config.contains("wip") {
                config = config.replacingFirst(#/(?m)^statuses: .*$/#, with: "statuses: [idea, discovery, planned, in-progress, shipped, dropped]")
                config = config.replacingOccurrences(of: "# wip\n", with: "")
            } else {
                config = config.replacingFirst(#/(?m)^statuses: .*$/#, with: "statuses: [idea, planned, wip, in-progress, shipped]")
                config += "# wip\n"
            }
            try write(config, to: yml)
            touched = ["roadmap.yml"]
            return "changed roadmap.yml's statuses"
        case 9:
            try write("---\nid: [broken\n---\n", to: full)
            return "broke the front matter of \(path)"
        case 11:
            // A link out of the roadmap's files, to a file that may or may not be there.
            let up = String(repeating: "../", count: path.split(separator: "/").count - 1)
            text += "\nSee [the spec](\(up)assets/spec-\(random.below(3)).png).\n"
            try write(text, to: full)
            return "linked \(path) to a file outside the roadmap"
        case 12:
            // Only a linked file outside the roadmap appears or goes: no roadmap file changes.
            let asset = "assets/spec-\(random.below(3)).png"
            let folderIsNew = !FileManager.default.fileExists(atPath: root + "/assets")
            if FileManager.default.fileExists(atPath: root + "/" + asset) {
                try FileManager.default.removeItem(atPath: root + "/" + asset)
            } else {
                try write("png", to: root + "/" + asset)
            }
            touched = [folderIsNew ? "assets" : asset]
            return "added or removed \(asset)"
        default:
            // A change the session is told about, written with the old stamp's size.
            text = text.replacingFirst(#/(?m)^owner: .*$/#, with: "owner: Someone Else")
            try write(text, to: full)
            session.filesChanged([path])
            return "new owner of \(path), named as changed"
        }
    }

    private func markdownFiles(_ root: String) -> [String] {
        let all = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix(".md") }.sorted()
    }

    private func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}

extension String {
    func replacingFirst(_ pattern: Regex<Substring>, with replacement: String) -> String {
        guard let match = firstMatch(of: pattern) else { return self }
        var copy = self
        copy.replaceSubrange(match.range, with: replacement)
        return copy
    }
}
