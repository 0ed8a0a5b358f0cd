import Foundation
import RoadmapCore
import Testing
@testable import RoadmapSite

/// Where the builder may write, what it refuses to replace, and what a failed build leaves behind.
@Suite struct OutputSafetyTests {
    @Test func freeTextNamesNeverLeaveTheOutputFolder() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let out = temp.path + "/site"
        let features = [
            Fixtures.feature("a", title: "A", status: "planned", team: "../../etc", tags: ["../x", "/abs", ".hidden", ""]),
            Fixtures.feature("b", title: "B", status: "../../../tmp/evil", team: "..", tags: ["..\\..\\win"]),
        ]
        _ = try SiteTestSupport.build(Fixtures.link(objectives: [], features: features), diagnostics: [],
                                      options: SiteTestSupport.options(output: out))
        #expect(SiteTestSupport.files(in: temp.path).allSatisfy { $0.hasPrefix("site/") })
        let files = SiteTestSupport.files(in: out)
        #expect(files.contains("teams/etc.html"))
        #expect(files.contains("teams/x.html"))
        #expect(files.contains("tags/abs.html"))
        #expect(files.contains("tags/hidden.html"))
        #expect(files.contains("statuses/tmp-evil.html"))
        #expect(files.allSatisfy { !$0.contains("..") })
        #expect(files.filter { $0.hasPrefix(".") } == [".roadmap-site"])
    }

    @Test func sitePathValidationRejectsEscapes() {
        #expect(SitePath.isSafe("prd/a-b.html"))
        #expect(SitePath.isSafe("assets/Site_1.css"))
        for bad in ["../x.html", "/etc/passwd", "a/../../b", ".hidden", "a//b", "", "a/.b", "a\\b", "a b.html"] {
            #expect(!SitePath.isSafe(bad), "accepted \(bad)")
        }
    }

    @Test func sluggerIsSafeDeterministicAndCollisionFree() {
        let slugger = Slugger(names: ["Web", "web", "web 2", "Ünïcode", "../../etc", "", "no team"], reserved: ["no-team"])
        #expect(slugger.slug("../../etc") == "etc")
        #expect(slugger.slug("Web") == "web")
        #expect(slugger.slug("web") == "web-2")
        #expect(slugger.slug("web 2") == "web-2-2")
        #expect(slugger.slug("Ünïcode") == "ünïcode")
        #expect(slugger.slug("") == "x")
        #expect(slugger.slug("no team") == "no-team-2")
        let again = Slugger(names: ["web 2", "no team", "web", "", "../../etc", "Ünïcode", "Web"], reserved: ["no-team"])
        #expect(again.slugs == slugger.slugs)
    }

    @Test func refusesAForeignFolderUnlessForced() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let out = temp.path + "/site"
        temp.write("precious", to: "site/keep.txt")
        #expect(throws: SiteError.foreignOutputFolder(path: out)) {
            try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(output: out))
        }
        #expect(SiteTestSupport.read(out + "/keep.txt") == "precious")
        #expect(SiteTestSupport.files(in: temp.path) == ["site/keep.txt"])
        _ = try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(output: out, force: true))
        #expect(!FileManager.default.fileExists(atPath: out + "/keep.txt"))
        #expect(FileManager.default.fileExists(atPath: out + "/.roadmap-site"))
    }

    @Test func acceptsAnEmptyFolderAndRejectsAFile() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        try FileManager.default.createDirectory(atPath: temp.path + "/empty", withIntermediateDirectories: false)
        _ = try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(output: temp.path + "/empty"))
        #expect(FileManager.default.fileExists(atPath: temp.path + "/empty/index.html"))
        temp.write("x", to: "file")
        #expect(throws: SiteError.outputNotAFolder(path: temp.path + "/file")) {
            try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(output: temp.path + "/file", force: true))
        }
        #expect(throws: SiteError.invalidOutputFolder(path: "relative/site", reason: "the path must be absolute")) {
            try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(output: "relative/site"))
        }
        #expect(throws: SiteError.invalidOutputFolder(path: "/", reason: "it is the root of the file system")) {
            try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(output: "/"))
        }
    }

    @Test func errorsStopTheBuildUnlessAllowed() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let out = temp.path + "/site"
        var roadmap = Fixtures.small()
        var features = roadmap.features
        features[0].hasErrors = true
        roadmap = Roadmap(config: roadmap.config, objectives: roadmap.objectives, features: features)
        let errors = [Diagnostic(.unknownStatus, "status 'done' is not in the workflow",
                                 at: SourceLocation(path: features[0].path, line: 4, column: 9))]
        #expect(throws: SiteError.roadmapHasErrors(count: 1)) {
            try SiteTestSupport.build(roadmap, diagnostics: errors, options: SiteTestSupport.options(output: out))
        }
        #expect(!FileManager.default.fileExists(atPath: out))
        _ = try SiteTestSupport.build(roadmap, diagnostics: errors, options: SiteTestSupport.options(output: out, allowErrors: true))
        let page = SiteTestSupport.read(out + "/prd/\(features[0].id).html")
        #expect(page.contains("<strong>This PRD has errors.</strong>"))
        #expect(page.contains("status &#39;done&#39; is not in the workflow"))
        #expect(SiteTestSupport.read(out + "/index.html").contains("card card--broken"))
        #expect(SiteTestSupport.read(out + "/health.html").contains("<span class=\"severity severity--error\">error</span>"))
    }

    @Test func repeatedIdsOfABrokenRoadmapStillBuild() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        var twin = Fixtures.feature("twin", title: "Second twin", status: "planned")
        twin.hasErrors = true
        let features = [Fixtures.feature("twin", title: "First twin", status: "planned"), twin]
        let roadmap = Roadmap(config: Fixtures.small().config, objectives: [], features: features)
        let report = try SiteTestSupport.build(roadmap, diagnostics: [], options: SiteTestSupport.options(output: temp.path + "/site"))
        #expect(report.pageCount > 0)
        #expect(SiteTestSupport.read(temp.path + "/site/prd/twin.html").contains("<h1 dir=\"auto\">First twin</h1>"))
    }

    @Test func aFailedBuildLeavesThePreviousSiteUntouched() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let out = temp.path + "/site"
        _ = try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(output: out))
        let before = snapshot(out)
        let failing = SabotagingRenderer(outputFolder: out, sabotagedSource: "prds/one-page-checkout.md")
        #expect(throws: SiteError.self) {
            try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(output: out, incremental: false),
                                      renderer: failing)
        }
        #expect(snapshot(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.path) == ["site"])
    }

    @Test func aTemplateErrorLeavesThePreviousSiteUntouched() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let out = temp.path + "/site"
        _ = try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(output: out))
        let before = snapshot(out)
        temp.write("{{#broken}}never closed", to: "theme/card.mustache")
        #expect(throws: SiteError.self) {
            try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(output: out, templates: [temp.path + "/theme"]))
        }
        #expect(snapshot(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.path).sorted() == ["site", "theme"])
    }

    /// Every file's bytes and modification time.
    func snapshot(_ folder: String) -> [String: String] {
        var result: [String: String] = [:]
        for file in SiteTestSupport.files(in: folder) {
            let path = folder + "/" + file
            let time = SiteTestSupport.modificationTime(path)?.timeIntervalSince1970 ?? 0
            result[file] = SiteTestSupport.read(path) + "@\(time)"
        }
        return result
    }
}

/// Makes the build fail half-way: while rendering one body it occupies that page's path in the
/// staging folder, so writing the page fails the way a full disk would.
struct SabotagingRenderer: BodyRenderer {
    let outputFolder: String
    let sabotagedSource: String

    func render(markdown: String, sourcePath: String, rewriteLink: @Sendable (String) -> String?,
                unlink: @Sendable (String, String) -> String?) -> String {
        if sourcePath == sabotagedSource {
            let parent = (outputFolder as NSString).deletingLastPathComponent
            let name = (outputFolder as NSString).lastPathComponent
            let staging = (try? FileManager.default.contentsOfDirectory(atPath: parent))?
                .first { $0.hasPrefix("." + name + ".tmp-") }
            if let staging {
                let page = "\(parent)/\(staging)/prd/" + ((sourcePath as NSString).lastPathComponent as NSString).deletingPathExtension + ".html"
                try? FileManager.default.createDirectory(atPath: page, withIntermediateDirectories: true)
            }
        }
        return EscapingBodyRenderer().render(markdown: markdown, sourcePath: sourcePath, rewriteLink: rewriteLink, unlink: unlink)
    }
}
