import Foundation
import Testing

@Suite struct ThemeCommandTests {
    @Test func exportWritesTheThemeAndNeverOverwrites() throws {
        let ws = try Workspace()
        #expect(try ws.roadmap("init").status == 0)
        let ownTemplate = try #require(ws.read("templates/prd.md")) + "<!-- ours -->\n"
        try ws.write("templates/prd.md", ownTemplate)

        let export = try ws.roadmap("theme", "export", "templates")
        #expect(export.status == 0, "\(export)")
        #expect(export.stdout.contains("of the built-in theme to templates/\n"))
        #expect(export.stdout.contains("kept 2 existing files as they were: objective.md, prd.md\n"), "\(export)")
        #expect(ws.read("templates/prd.md") == ownTemplate)
        #expect(ws.exists("templates/layout.mustache") && ws.exists("templates/assets/site.css"))

        let again = try ws.roadmap("theme", "export", "templates")
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("nothing written: templates/ already has every file of the built-in theme"))
    }

    /// An exported theme, changed, is used whole through ROADMAP_TEMPLATES; a roadmap's own
    /// templates/ still wins over it file by file.
    @Test func anExportedThemeIsUsableThroughROADMAP_TEMPLATES() throws {
        let ws = try Workspace()
        #expect(try ws.roadmap("init", "road").status == 0)
        #expect(try ws.roadmap("theme", "export", "acme-theme").status == 0)
        let footer = try #require(ws.read("acme-theme/footer.mustache"))
        try ws.write("acme-theme/footer.mustache", "<p>ACME THEME FOOTER</p>\n" + footer)
        let built = try ws.roadmap("build", "road", env: ["ROADMAP_TEMPLATES": ws.path("acme-theme")])
        #expect(built.status == 0, "\(built)")
        #expect(ws.read("road/_site/index.html")?.contains("ACME THEME FOOTER") == true)

        let wrong = try ws.roadmap("build", "road", env: ["ROADMAP_TEMPLATES": ws.path("no-such-theme")])
        #expect(wrong.status == 2)
        #expect(wrong.stderr == "roadmap: error: ROADMAP_TEMPLATES is \(ws.path("no-such-theme")), which is not a folder; point it at a theme folder (`roadmap theme export DIR` writes one) or unset it to use the built-in theme\n")
    }
}
