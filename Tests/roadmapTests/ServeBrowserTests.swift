import Foundation
import RoadmapTestSupport
import Testing

/// A served page open in a real browser (headless Chromium) follows the roadmap's files by
/// itself: a saved title appears without anyone reloading, an error shows in the tab's title and
/// goes when fixed. The browser is asked what it shows through its DevTools HTTP endpoint
/// (`/json/list` names every open page's current title). CI installs Chromium; elsewhere the
/// test is skipped.
@Suite(.serialized)
struct ServeBrowserTests {
    static func chromium() -> String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    @Test(.enabled(if: chromium() != nil, "headless Chromium is not installed (scripts/install-deps.sh --browser installs it)"))
    func aServedPageFollowsSavesAndShowsErrors() throws {
        let served = try ServedRoadmap()
        let browser = try Browser(try #require(Self.chromium()), url: "http://127.0.0.1:\(served.port)/prd/onboarding.html")
        defer { browser.quit() }
        #expect(try browser.waitForTitle { $0.hasPrefix("Guided onboarding") } != nil)
        // The page listens once its script ran; a save before that would be seen on connecting anyway.
        Thread.sleep(forTimeInterval: 0.5)

        let good = try #require(served.ws.read("prds/onboarding.md"))
        let renamed = good.replacingOccurrences(of: "title: Guided onboarding", with: "title: A first week that works")
        try served.save("prds/onboarding.md", renamed)
        #expect(try browser.waitForTitle { $0.hasPrefix("A first week that works") } != nil, "the page did not reload itself")

        try served.save("prds/onboarding.md", renamed.replacingOccurrences(of: "status: planned", with: "status: planed"))
        let broken = try browser.waitForTitle { $0.hasPrefix("(1 error) ") }
        #expect(broken?.hasPrefix("(1 error) A first week that works") == true, "\(broken ?? "no title")")

        try served.save("prds/onboarding.md", renamed)
        #expect(try browser.waitForTitle { !$0.hasPrefix("(") && $0.hasPrefix("A first week that works") } != nil)
    }
}

/// A headless Chromium with one page open and its DevTools endpoint on a free port.
final class Browser {
    let process = Process()
    let profile: String
    let url: String

    init(_ executable: String, url: String) throws {
        self.url = url
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-chromium-\(UUID().uuidString)").path
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--remote-debugging-port=0", "--user-data-dir=\(profile)", url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// The DevTools port, from the file Chromium writes once it listens.
    func devToolsPort() throws -> UInt16 {
        for _ in 0..<600 {
            if let text = try? String(contentsOfFile: profile + "/DevToolsActivePort", encoding: .utf8),
               let port = text.split(separator: "\n").first.flatMap({ UInt16($0) }) { return port }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw HTTPProbe.Failure.timedOut("Chromium wrote no DevToolsActivePort in 60 s")
    }

    /// The title of the page at `url` once `accept` holds for it, polled for up to 30 seconds;
    /// nil when it never did (the last title seen is recorded).
    func waitForTitle(_ accept: (String) -> Bool) throws -> String? {
        let probe = HTTPProbe(port: try devToolsPort())
        var last = ""
        for _ in 0..<300 {
            let list = try probe.send("GET", "/json/list")
            let pages = (try? JSONSerialization.jsonObject(with: Data(list.body))) as? [[String: Any]] ?? []
            if let page = pages.first(where: { $0["type"] as? String == "page" && ($0["url"] as? String)?.hasPrefix(url) == true }),
               let title = page["title"] as? String {
                if accept(title) { return title }
                last = title
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("the page's title stayed \(last.debugDescription)")
        return nil
    }

    func quit() {
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: profile)
    }
}
