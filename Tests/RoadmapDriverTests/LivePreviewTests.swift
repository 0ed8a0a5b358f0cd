import Foundation
import RoadmapCore
import RoadmapDriver
import RoadmapSources
import RoadmapTestSupport
import Testing

/// The site `roadmap serve` keeps in memory: what an update re-reads, which pages it says
/// changed, and the last good site kept while the roadmap has errors.
struct LivePreviewTests {
    final class Preview {
        let root: String
        let preview: LivePreview
        init(history: Bool = false, audience: String? = nil) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-preview-\(UUID().uuidString)").path
            for (path, text) in PreviewRoadmap.files { try Self.write(text, root + "/" + path) }
            if audience != nil {
                try Self.write((PreviewRoadmap.files["roadmap.yml"] ?? "") + "audiences:\n  team: {show: [internal], hide_fields: [owner]}\n", root + "/roadmap.yml")
            }
            if history {
                try Self.git(["init", "-q", "-b", "main"], in: root)
                try Self.git(["add", "-A"], in: root)
                try Self.git(["commit", "-q", "-m", "start"], in: root)
            }
            // A clock ahead of the files' times: stat data alone decide what is read again.
            let session = try RoadmapSession(location: try RoadmapLocation.resolve(root), today: CalendarDate(iso: "2026-08-01")!,
                                             environment: [:], caching: .memory,
                                             clock: { Int64(Date().timeIntervalSince1970 * 1e9) + 10_000_000_000 })
            preview = LivePreview(session: session, request: SiteRequest(history: history, audience: audience))
        }
        deinit { try? FileManager.default.removeItem(atPath: root) }

        func read(_ path: String) throws -> String { try String(contentsOfFile: root + "/" + path, encoding: .utf8) }
        func save(_ path: String, _ text: String, tell: Bool = true) throws -> PreviewUpdate {
            try Self.write(text, root + "/" + path)
            return preview.update(changed: tell ? [path] : [])
        }
        static func git(_ arguments: [String], in folder: String) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=Alice", "-c", "user.email=alice@example.com"] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.environment = ["PATH": "/usr/bin:/bin", "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null",
                                   "GIT_AUTHOR_DATE": "@1780000000 +0000", "GIT_COMMITTER_DATE": "@1780000000 +0000"]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
        }
        static func write(_ text: String, _ path: String) throws {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
    }

    @Test func anAudiencePreviewFollowsVisibilityAsItIsEdited() throws {
        let p = try Preview(audience: "team")
        #expect(p.preview.update().failure == nil)
        let billing = try p.read("prds/billing.md")
        func page(_ path: String) -> String? { p.preview.currentSite?[path].map { String(decoding: $0.bytes, as: UTF8.self) } }
        #expect(page("prd/billing.html") != nil && page("prd/onboarding.html")?.contains("Team roadmap") == true)
        #expect(page("prd/onboarding.html")?.contains("Sam Osei") == false, "owner is hidden")
        let hidden = try p.save("prds/billing.md", billing.replacingOccurrences(of: "status: idea", with: "status: idea\nvisibility: confidential"))
        #expect(hidden.errors.isEmpty && hidden.changedPages.contains("prd/billing.html"))
        #expect(page("prd/billing.html") == nil)
        let leaks = (p.preview.currentSite?.paths ?? []).filter { page($0)?.contains("Usage billing") == true || page($0)?.contains("billing.html") == true }
        #expect(leaks == [])
        _ = try p.save("prds/billing.md", billing)
        #expect(page("prd/billing.html")?.contains("Usage billing") == true)
        // An audience roadmap.yml does not have: the update says so, and nothing is served.
        let unknown = LivePreview(session: p.preview.session, request: SiteRequest(history: false, audience: "public"))
        #expect(unknown.update().failure?.contains("roadmap.yml has no audience `public`") == true)
        #expect(unknown.currentSite == nil)
    }

    @Test func theFirstUpdateRendersEverythingAndNoServeScript() throws {
        let p = try Preview()
        let first = p.preview.update()
        #expect(first.errors.isEmpty && first.failure == nil, "\(first.diagnostics)")
        let site = try #require(p.preview.currentSite)
        #expect(first.changedPages == Set(site.paths) && first.renderedPages == site.paths.count)
        #expect(site["prd/onboarding.html"] != nil && site["index.html"] != nil)
        for path in site.paths {
            let text = String(decoding: try #require(site[path]).bytes, as: UTF8.self)
            #expect(!text.contains("__roadmap"), "\(path) carries the serve-only script")
        }
    }

    @Test(arguments: [true, false])
    func aBodyEditRereadsOneFileAndChangesItsPage(toldWhichFile: Bool) throws {
        let p = try Preview()
        _ = p.preview.update()
        let before = p.preview.currentGeneration
        let text = try p.read("prds/onboarding.md").replacingOccurrences(of: "New accounts stall", with: "New accounts give up")
        let update = try p.save("prds/onboarding.md", text, tell: toldWhichFile)
        #expect(update.changedPages.contains("prd/onboarding.html"), "\(update.changedPages.sorted())")
        #expect(!update.changedPages.contains("prd/billing.html"))
        #expect(update.renderedPages < p.preview.currentSite!.paths.count, "unchanged pages are reused")
        #expect(update.reuse?.analysed == 1, "only the saved file is analysed again")
        #expect(p.preview.currentGeneration == before + 1)
        let page = String(decoding: try #require(p.preview.currentSite?["prd/onboarding.html"]).bytes, as: UTF8.self)
        #expect(page.contains("New accounts give up"))
    }

    /// A card shows slugs the whole roadmap decides: when another PRD's team takes the slug
    /// `growth`, the untouched onboarding PRD's page links to its team's new slug, as a fresh
    /// build would; a workflow change recolours statuses of PRDs no one edited.
    @Test func cardsFollowSlugsAndWorkflowsChangedElsewhere() throws {
        let p = try Preview()
        _ = p.preview.update()
        func page(_ path: String) throws -> String {
            String(decoding: try #require(p.preview.currentSite?[path]).bytes, as: UTF8.self)
        }
        #expect(try page("prd/onboarding.html").contains("teams/growth.html"))
        let billing = try p.read("prds/billing.md").replacingOccurrences(of: "team: payments", with: "team: Growth")
        let update = try p.save("prds/billing.md", billing)
        #expect(update.changedPages.contains("prd/onboarding.html"), "\(update.changedPages.sorted())")
        #expect(try page("prd/onboarding.html").contains("teams/growth-2.html"))
        #expect(try page("prd/billing.html").contains("teams/growth.html"))

        #expect(try page("prd/onboarding.html").contains("status--active"))
        let config = try p.read("roadmap.yml").replacingOccurrences(
            of: "statuses: [idea, planned, in-progress, shipped]", with: "statuses: [idea, planned, in-progress, shipped]\nactive_statuses: [in-progress]")
        _ = try p.save("roadmap.yml", config)
        #expect(try page("prd/onboarding.html").contains("status--early"))
    }

    /// A file outside the roadmap that a PRD links to appears: no roadmap file changed, and the
    /// PRD's page shows its broken-link diagnostic gone.
    @Test func aLinkedFileAppearingClearsTheBrokenLinkOnThePage() throws {
        let p = try Preview()
        let linked = try p.read("prds/billing.md") + "\nSee [the spec](../assets/spec.png).\n"
        _ = try p.save("prds/billing.md", linked)
        func page() throws -> String { String(decoding: try #require(p.preview.currentSite?["prd/billing.html"]).bytes, as: UTF8.self) }
        #expect(try page().contains("RM507"))
        try Preview.write("png", p.root + "/assets/spec.png")
        let update = p.preview.update(changed: ["assets/spec.png"])
        #expect(update.changedPages.contains("prd/billing.html"), "\(update.changedPages.sorted())")
        #expect(try !page().contains("RM507"))
    }

    /// A commit changes a PRD's history and nothing in its file: its page shows the new history
    /// all the same (the page a plan lends the next is keyed by the history too).
    @Test func aCommitUpdatesTheHistoryOfAnUntouchedPage() throws {
        let p = try Preview(history: true)
        _ = p.preview.update()
        let billing = try p.read("prds/billing.md").replacingOccurrences(of: "status: idea", with: "status: planned")
        _ = try p.save("prds/billing.md", billing)
        func page() throws -> String {
            String(decoding: try #require(p.preview.currentSite?["prd/billing.html"]).bytes, as: UTF8.self)
        }
        #expect(try !page().contains("idea → planned"))
        try Preview.git(["commit", "-q", "-am", "Plan billing"], in: p.root)
        let update = p.preview.update()
        #expect(update.changedPages.contains("prd/billing.html"), "\(update.changedPages.sorted())")
        #expect(try page().contains("idea → planned"))
    }

    @Test func nothingChangedChangesNothing() throws {
        let p = try Preview()
        _ = p.preview.update()
        let again = p.preview.update()
        #expect(again.changedPages.isEmpty && again.renderedPages == 0 && !again.problemsChanged)
    }

    @Test func errorsKeepTheLastGoodSiteUntilFixed() throws {
        let p = try Preview()
        _ = p.preview.update()
        let good = try p.read("prds/billing.md")
        let before = try #require(p.preview.currentSite?["prd/billing.html"]).bytes
        let broken = try p.save("prds/billing.md", good.replacingOccurrences(of: "status: idea", with: "status: bogus"))
        #expect(broken.keptLastGoodSite && broken.problemsChanged && broken.changedPages.isEmpty)
        let error = try #require(broken.errors.first)
        #expect(error.code.rawValue == "RM301" && error.location?.path == "prds/billing.md" && error.location?.line == 5)
        #expect(p.preview.currentSite?["prd/billing.html"]?.bytes == before)

        let fixed = try p.save("prds/billing.md", good.replacingOccurrences(of: "Usage billing", with: "Metered billing"))
        #expect(fixed.errors.isEmpty && !fixed.keptLastGoodSite && fixed.problemsChanged)
        #expect(fixed.changedPages.contains("prd/billing.html"))
    }

    @Test func aRoadmapThatNeverCheckedCleanIsStillShown() throws {
        let p = try Preview()
        try Preview.write(try p.read("prds/billing.md").replacingOccurrences(of: "status: idea", with: "status: bogus"), p.root + "/prds/billing.md")
        let first = p.preview.update()
        #expect(first.errors.count == 1 && !first.keptLastGoodSite)
        #expect(p.preview.currentSite?["prd/onboarding.html"] != nil)
    }

    @Test func anUnreadableConfigurationIsAFailureThatKeepsTheSite() throws {
        let p = try Preview()
        _ = p.preview.update()
        let update = try p.save("roadmap.yml", "title: [unclosed\n")
        #expect(!update.errors.isEmpty || update.failure != nil)
        #expect(update.keptLastGoodSite || update.failure != nil)
        #expect(p.preview.currentSite?["prd/onboarding.html"] != nil)
    }
}
