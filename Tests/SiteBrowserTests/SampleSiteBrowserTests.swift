import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapSite
import RoadmapSources
import RoadmapTestSupport
import Testing

/// The sample roadmap's site, opened in a real browser (headless Chromium): the pages load, the
/// expected content is in the DOM after scripts ran, and screenshots are saved for a person to
/// look at (their folder is printed). CI installs Chromium; elsewhere the test is skipped
/// without it.
@Suite(.serialized) struct SampleSiteBrowserTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let screenshots = repoRoot.appendingPathComponent(".build/screenshots")

    static func chromium() -> String? { HeadlessChromium.locate() }

    static func buildSample(suffix: String = "") throws -> String {
        let root = repoRoot.appendingPathComponent("sample-roadmap").path
        let location = try RoadmapLocation.resolve(root)
        let compilation = try RoadmapCompiler(source: location.workingTree()).compile()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-browser-\(getpid())-\(UUID().uuidString)\(suffix)").path
        let options = SiteOptions(outputFolder: out, templateFolders: [root + "/templates", repoRoot.appendingPathComponent("templates").path],
                                  generatorVersion: "test")
        _ = try SiteBuilder(roadmap: compilation.roadmap, diagnostics: compilation.diagnostics, options: options,
                            bodyRenderer: CmarkBodyRenderer()).build()
        return out
    }

    /// Runs the browser and returns its standard output.
    static func run(_ browser: String, _ arguments: [String]) throws -> String { try HeadlessChromium.run(browser, arguments) }

    /// CI installs Chromium (scripts/install-deps.sh --browser); there the browser tests must run,
    /// not be skipped.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CI"] != nil, "only CI must have Chromium"))
    func ciHasChromium() {
        #expect(Self.chromium() != nil, "CI must install chromium (scripts/install-deps.sh --browser)")
    }

    @Test(.enabled(if: chromium() != nil, "headless Chromium is not installed (scripts/install-deps.sh --browser installs it)"))
    func pagesLoadWithTheirContent() throws {
        let browser = try #require(Self.chromium())
        let site = try Self.buildSample()
        defer { try? FileManager.default.removeItem(atPath: site) }
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
        let pages: [(file: String, shot: String, expected: [String])] = [
            ("index.html", "board", ["Now", "Next", "Later", "Pricing page experiments", "By quarter"]),
            ("board/status.html", "board-status", ["in-progress", "Over its work-in-progress limit of 4.", "shipped"]),
            ("board/teams.html", "board-teams", ["payments", "platform", "growth", "SEPA Direct Debit"]),
            ("matrix.html", "matrix", ["Quick wins", "Big bets", "Fill-ins", "Money pits", "<svg class=\"matrix\""]),
            ("capacity.html", "capacity", ["payments", "over capacity", "Peppol e-invoicing"]),
            ("prd/card-vault.html", "prd", ["PCI card vault and tokenisation", "Success metrics", "RICE"]),
            ("objectives/get-paid-faster.html", "objective", ["kr1", "Smart retries for failed card payments"]),
            ("timeline.html", "timeline", ["<svg", "payments", "platform", "growth"]),
            ("graph.html", "graph", ["<svg", "Payment methods API", "Critical path", "Top blockers"]),
        ]
        for page in pages {
            let url = URL(fileURLWithPath: site).appendingPathComponent(page.file).absoluteString
            let dom = try Self.run(browser, ["--virtual-time-budget=2000", "--dump-dom", url])
            for text in page.expected {
                #expect(dom.contains(text), "\(page.file) in the browser lacks \(text)")
            }
            #expect(!dom.contains("<script>alert"), "\(page.file)")
            for (width, suffix) in [(1280, ""), (390, "-phone")] {
                let shot = Self.screenshots.appendingPathComponent("\(page.shot)\(suffix).png").path
                _ = try Self.run(browser, ["--screenshot=\(shot)", "--window-size=\(width),1400", url])
                let size = (try? FileManager.default.attributesOfItem(atPath: shot)[.size] as? Int) ?? 0
                #expect(size > 10_000, "screenshot \(shot) looks empty")
            }
        }
        print("screenshots of the sample site: \(Self.screenshots.path)")
    }
}
