import Foundation
import RoadmapTestSupport
import Testing

/// `roadmap serve` over HTTP, as a browser and a hostile client reach it. The server is the real
/// binary in a process of its own, so it is timed by nothing else this test process runs.
@Suite(.serialized)
struct ServeHTTPTests {
    @Test func pagesCarryTypesTagsPolicyAndTheLiveScript() throws {
        let served = try ServedRoadmap()
        let home = try served.probe.send("GET", "/")
        #expect(home.status == 200)
        #expect(home.header("Content-Type") == "text/html; charset=utf-8")
        #expect(home.header("X-Content-Type-Options") == "nosniff")
        #expect(home.header("Content-Security-Policy")?.contains("script-src 'self'") == true)
        let tag = try #require(home.header("ETag"))
        #expect(home.text.contains("<script src=\"/__roadmap/live.js\" data-page-tag=\"\(tag.replacingOccurrences(of: "\"", with: ""))\" defer></script></head>"))
        #expect(home.text.contains("Preview test roadmap"))

        let prd = try served.probe.send("GET", "/prd/onboarding.html")
        #expect(prd.status == 200 && prd.text.contains("Guided onboarding"), "\(prd)")
        let css = try served.probe.send("GET", "/assets/site.css")
        #expect(css.status == 200 && css.header("Content-Type") == "text/css; charset=utf-8")
        #expect(!css.text.contains("__roadmap"))
        let script = try served.probe.send("GET", "/__roadmap/live.js")
        #expect(script.status == 200 && script.header("Content-Type") == "text/javascript; charset=utf-8")
        #expect(script.text.contains("new EventSource(\"/__roadmap/events?page=\""))
        #expect(!script.text.contains("innerHTML"), "the overlay must not parse diagnostics as HTML")
    }

    @Test func entityTagsGiveNotModifiedAndHeadGivesNoBody() throws {
        let served = try ServedRoadmap()
        let page = try served.probe.send("GET", "/prd/billing.html")
        let tag = try #require(page.header("ETag"))
        let again = try served.probe.send("GET", "/prd/billing.html", headers: ["If-None-Match": tag])
        #expect(again.status == 304 && again.body.isEmpty && again.header("ETag") == tag, "\(again)")
        let other = try served.probe.send("GET", "/prd/billing.html", headers: ["If-None-Match": "\"stale\""])
        #expect(other.status == 200)
        let head = try served.probe.send("HEAD", "/prd/billing.html")
        #expect(head.status == 200 && head.header("Content-Length") == page.header("Content-Length") && head.header("ETag") == tag)
    }

    @Test func onlyGetAndHeadAreAnswered() throws {
        let served = try ServedRoadmap()
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
            let response = try served.probe.send(method, "/index.html", headers: ["Content-Length": "0"])
            #expect(response.status == 405, "\(method): \(response)")
            #expect(response.header("Allow") == "GET, HEAD")
        }
    }

    @Test func pathsThatCouldEscapeAreRefused() throws {
        let served = try ServedRoadmap()
        // A file beside the roadmap, where an escape would land.
        try served.ws.write("../secret.txt", "root:x:0:0")
        for target in ["/../etc/passwd", "/prd/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2e%2fetc%2fpasswd",
                       "/prd/%2e%2e/%2e%2e/x", "/..%5cetc%5cpasswd", "/prd\\..\\x", "/index.html%00.css", "/%zz", "/%c3%28",
                       "/./index.html", "/../secret.txt", "/%2e%2e/secret.txt", "/../../secret.txt"] {
            let response = try served.probe.send("GET", target)
            #expect(response.status == 400 || response.status == 404, "\(target): \(response)")
            #expect(!response.text.contains("root:"), "\(target) reached a file outside the site")
        }
        #expect(try served.probe.send("GET", "/roadmap.yml").status == 404, "the roadmap's own files are not the site")
    }

    @Test func requestsForOtherHostNamesAreRefused() throws {
        let served = try ServedRoadmap()
        // What a page on evil.example gets after rebinding its name to 127.0.0.1.
        let rebound = try served.probe.send("GET", "/", headers: ["Host": "evil.example:\(served.port)"])
        #expect(rebound.status == 403 && !rebound.text.contains("Preview test roadmap"), "\(rebound)")
        #expect(try served.probe.send("GET", "/", headers: ["Host": "localhost:\(served.port)"]).status == 200)
    }

    @Test func missingPagesAndFoldersWithoutSlash() throws {
        let served = try ServedRoadmap()
        let missing = try served.probe.send("GET", "/prd/no-such<b>.html")
        #expect(missing.status == 404 && missing.header("Content-Type") == "text/html; charset=utf-8")
        #expect(missing.text.contains("no-such&lt;b>.html") && !missing.text.contains("no-such<b>"))
        let folder = try served.probe.send("GET", "/backlog")
        #expect(folder.status == 301 && folder.header("Location") == "/backlog/", "\(folder)")
        #expect(try served.probe.send("GET", "/backlog/").status == 200)
        let withoutExtension = try served.probe.send("GET", "/prd/billing")
        #expect(withoutExtension.status == 200 && withoutExtension.text.contains("Usage billing"))
        #expect(try served.probe.send("GET", "/prd/billing.html?x=1").status == 200)
    }

    @Test func aSavedFileReloadsThePagesItChangedAndNoOthers() throws {
        let served = try ServedRoadmap()
        let onboarding = try served.probe.events("/__roadmap/events?page=/prd/onboarding.html")
        let billing = try served.probe.events("/__roadmap/events?page=/prd/billing.html")
        defer { onboarding.close(); billing.close() }
        try onboarding.wait(for: "event: hello")
        try billing.wait(for: "event: hello")

        let text = try #require(served.ws.read("prds/onboarding.md")).replacingOccurrences(of: "New accounts stall", with: "New accounts give up")
        let line = try served.save("prds/onboarding.md", text)
        #expect(line.contains(" updated in "), "\(line)")
        try onboarding.wait(for: "event: reload")
        #expect(try billing.staysWithout("event: reload", seconds: 0.5))
        #expect(try served.probe.send("GET", "/prd/onboarding.html").text.contains("New accounts give up"))
    }

    @Test func errorsShowOverTheLastGoodSiteUntilFixed() throws {
        let served = try ServedRoadmap()
        let before = try served.probe.send("GET", "/prd/billing.html")
        let home = try served.probe.events("/__roadmap/events?page=/")
        defer { home.close() }
        let hello = try home.wait(for: "event: hello") + home.wait(for: "\n\n")
        #expect(hello.contains("\"problems\":{\"schemaVersion\":2,\"errors\":[]"), "\(hello)")

        let good = try #require(served.ws.read("prds/billing.md"))
        let line = try served.save("prds/billing.md", good.replacingOccurrences(of: "status: idea", with: "status: bogus"))
        #expect(line.contains("1 error") && line.contains("; showing the last good site"), "\(line)")
        let problems = try home.wait(for: "event: problems") + home.wait(for: "\n\n")
        #expect(problems.contains("\"code\":\"RM301\""), "\(problems)")
        #expect(problems.contains("\"path\":\"prds/billing.md\",\"line\":5,\"column\":9,"), "\(problems)")
        #expect(problems.contains("\"keptLastGoodSite\":true"))
        #expect(problems.contains("\"help\":\"use one of the workflow's statuses"))
        // The page is the last good one meanwhile, and a page opened now hears of the errors at once.
        #expect(try served.probe.send("GET", "/prd/billing.html").body == before.body)
        let late = try served.probe.events("/__roadmap/events?page=/prd/billing.html")
        defer { late.close() }
        #expect(try late.wait(for: "RM301").contains("event: hello"))

        let fixed = try served.save("prds/billing.md", good.replacingOccurrences(of: "Usage billing", with: "Metered billing"))
        #expect(fixed.contains("no errors"), "\(fixed)")
        try late.wait(for: "event: reload")
        // The home page lists the renamed PRD, so it reloads; reloaded, it hears of no errors.
        try home.wait(for: "event: reload")
        let reloaded = try served.probe.events("/__roadmap/events?page=/")
        defer { reloaded.close() }
        let clean = try reloaded.wait(for: "event: hello") + reloaded.wait(for: "\n\n")
        #expect(clean.contains("\"problems\":{\"schemaVersion\":2,\"errors\":[]"), "\(clean)")
        #expect(try served.probe.send("GET", "/prd/billing.html").text.contains("Metered billing"))
    }

    @Test func aNewPrdAppearsAndADeletedOneGoes() throws {
        let served = try ServedRoadmap()
        #expect(try served.probe.send("GET", "/prd/refunds.html").status == 404)
        let billing = try #require(served.ws.read("prds/billing.md"))
        try served.save("prds/refunds.md", billing.replacingOccurrences(of: "id: billing", with: "id: refunds")
            .replacingOccurrences(of: "Usage billing", with: "Self-serve refunds"))
        #expect(try served.probe.send("GET", "/prd/refunds.html").text.contains("Self-serve refunds"))
        try FileManager.default.removeItem(atPath: served.ws.path("prds/refunds.md"))
        _ = try served.serve.output.wait(for: "\n", after: "prds/refunds.md changed")
        #expect(try served.probe.send("GET", "/prd/refunds.html").status == 404)
    }
}

/// The preview test roadmap, served by the real binary on a free port.
final class ServedRoadmap {
    let ws: Workspace
    let serve: Serving
    let port: UInt16

    init(_ arguments: [String] = ["--no-history"]) throws {
        ws = try Workspace(git: false)
        for (path, text) in PreviewRoadmap.files { try ws.write(path, text) }
        serve = try Serving(ws, ["serve", "--port", "0"] + arguments)
        port = try serve.port()
    }

    var probe: HTTPProbe { HTTPProbe(port: port) }

    /// Saves `text` at `path` and returns the terminal's line for the update that follows.
    @discardableResult
    func save(_ path: String, _ text: String) throws -> String {
        try ws.write(path, text)
        return try serve.output.wait(for: "\n", after: "\(path) changed")
    }
}
