import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapHistory
import RoadmapHistoryMiner
import RoadmapSite
import RoadmapSources
import Testing

/// Every page kind audited with axe-core (WCAG 2.1 A and AA) in headless Chromium, the phone
/// layout checked in the DOM, and a roadmap in Japanese, Arabic and Hebrew opened by its
/// Unicode addresses and photographed at desktop and phone width. Needs Chromium, Debian's
/// chromedriver and Python with selenium and axe-selenium-python (`scripts/install-deps.sh
/// --browser` installs them all); skipped without them.
@Suite(.serialized) struct BrowserAuditTests {
    static let repoRoot = SampleSiteBrowserTests.repoRoot
    static let international = repoRoot.appendingPathComponent("Tests/SiteBrowserTests/Fixtures/intl-roadmap").path
    static let chromedriver = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// The first `python3` (on PATH, then Debian's) that can import `modules`.
    static func python(importing modules: String) -> String? {
        for candidate in ["python3", "/usr/bin/python3"] {
            guard let result = try? run("/usr/bin/env", [candidate, "-c", "import \(modules)"]), result.status == 0 else { continue }
            return candidate
        }
        return nil
    }

    static let auditPython = python(importing: "selenium, axe_selenium_python")
    static let layoutPython = python(importing: "selenium")
    static var canAudit: Bool { SampleSiteBrowserTests.chromium() != nil && chromedriver != nil && auditPython != nil }
    static var canCheckLayout: Bool { SampleSiteBrowserTests.chromium() != nil && chromedriver != nil && layoutPython != nil }

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A history for the international roadmap: `card-vault` was `vault` once (so the site has a
    /// page at the old id), slipped quarter and due in one commit, and the objective checked in.
    static func internationalHistory() -> RoadmapHistory {
        func commit(_ n: Int, _ time: Int64, _ summary: String) -> CommitInfo {
            CommitInfo(id: String(repeating: String(n), count: 40), authorName: "ليلى حسن", authorEmail: "layla@example.com",
                       time: time, offsetMinutes: 0, summary: summary, isMerge: false)
        }
        let commits = [commit(1, 1_768_039_200, "最初の計画"), commit(2, 1_772_704_800, "تأجيل: واجهة الدفع متأخرة"),
                       commit(3, 1_776_679_200, "Rename vault")]
        let vault = ItemID("vault")!, card = ItemID("card-vault")!, okr = ItemID("faster-pay")!
        let changes = [
            ItemChange(commitIndex: 0, kind: .feature, id: vault, path: "prds/vault.md",
                       events: [.created(path: "prds/vault.md"), .statusChanged(from: nil, to: "planned"),
                                .quarterMoved(from: nil, to: Quarter("2026-Q2")), .dueMoved(from: nil, to: CalendarDate(iso: "2026-06-26"))]),
            ItemChange(commitIndex: 0, kind: .objective, id: okr, path: "okrs/faster-pay.md", events: [.created(path: "okrs/faster-pay.md")]),
            ItemChange(commitIndex: 1, kind: .feature, id: vault, path: "prds/vault.md",
                       events: [.statusChanged(from: "planned", to: "in-progress"), .quarterMoved(from: Quarter("2026-Q2"), to: Quarter("2026-Q3")),
                                .dueMoved(from: CalendarDate(iso: "2026-06-26"), to: CalendarDate(iso: "2026-09-25"))]),
            ItemChange(commitIndex: 1, kind: .objective, id: okr, path: "okrs/faster-pay.md",
                       events: [.keyResultProgressed("kr1", from: 85, to: 88)]),
            ItemChange(commitIndex: 2, kind: .feature, id: card, path: "prds/card-vault.md",
                       events: [.moved(from: "prds/vault.md", to: "prds/card-vault.md"), .idChanged(from: vault, to: card)]),
        ]
        return RoadmapHistory(head: commits.last?.id, commits: commits, changes: changes, isShallow: false, config: RoadmapConfig())
    }

    static func buildInternational() throws -> String {
        let compilation = try RoadmapCompiler(source: try RoadmapLocation.resolve(international).workingTree()).compile()
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.message))")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-intl-\(UUID().uuidString)").path
        let options = SiteOptions(outputFolder: out, templateFolders: [repoRoot.appendingPathComponent("templates").path],
                                  generatorVersion: "test")
        _ = try SiteBuilder(roadmap: compilation.roadmap, diagnostics: compilation.diagnostics, options: options,
                            bodyRenderer: CmarkBodyRenderer(), history: internationalHistory()).build()
        return out
    }

    /// The sample roadmap with its real git history (the Changes page and its months included).
    static func buildSampleWithHistory() throws -> String {
        let root = repoRoot.appendingPathComponent("sample-roadmap").path
        let location = try RoadmapLocation.resolve(root)
        let compilation = try RoadmapCompiler(source: location.workingTree()).compile()
        let history = try? HistoryMiner(location: location, config: compilation.roadmap.config, cacheFile: nil).mine().history
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-axe-\(UUID().uuidString)").path
        let options = SiteOptions(outputFolder: out, templateFolders: [repoRoot.appendingPathComponent("templates").path],
                                  generatorVersion: "test")
        _ = try SiteBuilder(roadmap: compilation.roadmap, diagnostics: compilation.diagnostics, options: options,
                            bodyRenderer: CmarkBodyRenderer(), history: history).build()
        return out
    }

    /// The team page of `決済チーム`, as a link on the board names it.
    static let teamPage = "teams/%E6%B1%BA%E6%B8%88%E3%83%81%E3%83%BC%E3%83%A0.html"

    @Test(.enabled(if: canAudit)) func everyPageKindPassesAxe() throws {
        let script = Self.repoRoot.appendingPathComponent("scripts/axe-audit.py").path
        for site in [try Self.buildSampleWithHistory(), try Self.buildInternational()] {
            defer { try? FileManager.default.removeItem(atPath: site) }
            // Besides one page of every kind, the page a former id left behind (it redirects at once).
            let extra = FileManager.default.fileExists(atPath: site + "/prd/vault.html") ? ["prd/vault.html"] : []
            let result = try Self.run("/usr/bin/env", [Self.auditPython ?? "python3", script, site] + extra)
            #expect(result.status == 0, "axe-core found violations:\n\(result.output)")
            #expect(result.output.contains(": 0 violations"), "\(result.output)")
        }
    }

    @Test(.enabled(if: canCheckLayout)) func phoneAndDesktopLayoutHoldInEveryScript() throws {
        let script = Self.repoRoot.appendingPathComponent("scripts/layout-check.py").path
        let sample = try SampleSiteBrowserTests.buildSample(suffix: "-layout")
        let international = try Self.buildInternational()
        defer { for site in [sample, international] { try? FileManager.default.removeItem(atPath: site) } }
        let pages = ["index.html", "backlog/index.html", "objectives.html", "timeline.html", "graph.html", "health.html"]
        for width in ["390", "1280"] {
            let a = try Self.run("/usr/bin/env", [Self.layoutPython ?? "python3", script, sample, width]
                + pages + ["prd/card-vault.html", "objectives/get-paid-faster.html", "teams/payments.html"])
            #expect(a.status == 0, "\(a.output)")
            let b = try Self.run("/usr/bin/env", [Self.layoutPython ?? "python3", script, international, width]
                + pages + ["prd/card-vault.html", "objectives/faster-pay.html", Self.teamPage, "changes.html"])
            #expect(b.status == 0, "\(b.output)")
        }
    }

    @Test(.enabled(if: SampleSiteBrowserTests.chromium() != nil)) func internationalRoadmapInTheBrowser() throws {
        let browser = try #require(SampleSiteBrowserTests.chromium())
        let site = try Self.buildInternational()
        defer { try? FileManager.default.removeItem(atPath: site) }
        let files = try SampleSiteGoldenTests.files(in: site)
        #expect(files.contains("teams/決済チーム.html") && files.contains("tags/تجربة.html") && files.contains("tags/セキュリティ.html"))
        #expect(!files.contains { $0.hasPrefix("teams/x") || $0.hasPrefix("tags/x") })
        let board = try String(contentsOfFile: site + "/index.html", encoding: .utf8)
        #expect(board.contains("href=\"\(Self.teamPage)\""))
        // The percent-encoded address a link holds opens the UTF-8 file on disk.
        let teamURL = URL(fileURLWithPath: site).absoluteString + "/" + Self.teamPage
        let team = try SampleSiteBrowserTests.run(browser, ["--virtual-time-budget=2000", "--dump-dom", teamURL])
        #expect(team.contains("Team: <bdi>決済チーム</bdi>"), "\(team.prefix(400))")
        #expect(team.contains("<bdi class=\"owner\">רונית לוי</bdi>"))
        let moved = try SampleSiteBrowserTests.run(browser, ["--virtual-time-budget=2000", "--dump-dom",
                                                             URL(fileURLWithPath: site + "/prd/vault.html").absoluteString])
        #expect(moved.contains("<h1 dir=\"auto\">カード情報の安全な保管</h1>"), "the old id's page redirects to the new one: \(moved.prefix(300))")
        let shots = SampleSiteBrowserTests.screenshots
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let pages = [("index.html", "intl-board"), ("prd/card-vault.html", "intl-prd"), ("objectives/faster-pay.html", "intl-objective"),
                     ("backlog/index.html", "intl-backlog"), (Self.teamPage, "intl-team"), ("changes.html", "intl-changes")]
        for (page, name) in pages {
            let url = URL(fileURLWithPath: site).absoluteString + "/" + page
            for (width, suffix) in [(1280, ""), (390, "-phone")] {
                let shot = shots.appendingPathComponent("\(name)\(suffix).png").path
                _ = try SampleSiteBrowserTests.run(browser, ["--screenshot=\(shot)", "--window-size=\(width),1400", url])
                let size = (try? FileManager.default.attributesOfItem(atPath: shot)[.size] as? Int) ?? 0
                #expect(size > 10_000, "screenshot \(shot) looks empty")
            }
        }
        print("screenshots of the international roadmap: \(shots.path)/intl-*.png")
    }
}
