import Foundation
import RoadmapCore
import Testing
@testable import RoadmapSite

/// The site rendered into memory is the site `build()` writes, and rendering again after an
/// edit renders only what the edit reaches.
@Suite struct InMemorySiteTests {
    private func builder(_ roadmap: Roadmap, output: String = "/nonexistent/site") -> SiteBuilder {
        SiteBuilder(roadmap: roadmap, diagnostics: [], options: SiteTestSupport.options(output: output),
                    bodyRenderer: EscapingBodyRenderer())
    }

    private func editedBody(_ markdown: String) throws -> Roadmap {
        var features = Fixtures.small().features
        let i = try #require(features.firstIndex { $0.id.rawValue == "dark-mode" })
        features[i].body.markdown = markdown
        return Roadmap(config: Fixtures.small().config, objectives: Fixtures.small().objectives, features: features)
    }

    @Test func memoryHoldsExactlyTheFilesBuildWrites() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        let out = temp.path + "/site"
        _ = try builder(Fixtures.small(), output: out).build()
        let site = try builder(Fixtures.small()).plan().render()
        let written = SiteTestSupport.files(in: out).filter { $0 != Manifest.fileName }
        #expect(site.paths.sorted() == written.sorted())
        for path in written {
            let bytes = try #require(site[path]).bytes
            #expect(FileManager.default.contents(atPath: out + "/" + path) == Data(bytes), "\(path) differs")
        }
        #expect(site.rendered == written.count)
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent/site"))
    }

    @Test func renderingAgainRendersOnlyChangedInputs() throws {
        let first = try builder(Fixtures.small()).plan().render()
        let same = try builder(Fixtures.small()).plan().render(reusing: first)
        #expect(same.rendered == 0)
        #expect(same.changedPaths(since: first).isEmpty)

        let edited = try builder(editedBody("A new paragraph.")).plan().render(reusing: same)
        #expect(edited.rendered == 1)
        #expect(edited.changedPaths(since: same) == ["prd/dark-mode.html"])
        let page = String(decoding: try #require(edited["prd/dark-mode.html"]).bytes, as: UTF8.self)
        #expect(page.contains("<p>A new paragraph.</p>"))
    }

    @Test func aRemovedItemsPageIsAChangedPath() throws {
        let first = try builder(Fixtures.small()).plan().render()
        let small = Fixtures.small()
        let fewer = Roadmap(config: small.config, objectives: small.objectives,
                            features: small.features.filter { $0.id.rawValue != "dark-mode" })
        let second = try builder(fewer).plan().render(reusing: first)
        #expect(second["prd/dark-mode.html"] == nil)
        #expect(second.changedPaths(since: first).contains("prd/dark-mode.html"))
    }

    @Test func sameBytesGiveTheSameEntityTag() throws {
        let a = try builder(Fixtures.small()).plan().render()
        let b = try builder(Fixtures.small()).plan().render()
        #expect(a["index.html"]?.entityTag == b["index.html"]?.entityTag)
        #expect(a["index.html"]?.entityTag != a["backlog.html"]?.entityTag)
    }

    @Test func planningRefusesErrorsUnlessAllowed() throws {
        let error = Diagnostic(.unknownStatus, "status \"doing\" is not in the workflow", at: nil, severity: .error)
        let builder = SiteBuilder(roadmap: Fixtures.small(), diagnostics: [error],
                                  options: SiteTestSupport.options(output: "/nonexistent"), bodyRenderer: EscapingBodyRenderer())
        #expect(throws: SiteError.roadmapHasErrors(count: 1)) { try builder.plan() }
    }
}
