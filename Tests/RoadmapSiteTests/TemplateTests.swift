import Foundation
import RoadmapTheme
import Testing
@testable import RoadmapSite

/// A roadmap's own `templates/` folder overrides the theme file by file; mistakes are reported
/// with their file and line.
@Suite struct TemplateTests {
    @Test func roadmapTemplatesAndAssetsOverrideTheTheme() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        temp.write("<mark class=\"my-status\">{{label}}</mark>", to: "mine/status.mustache")
        temp.write("body { color: hotpink; }\n", to: "mine/assets/site.css")
        temp.write("// extra\n", to: "mine/assets/js/extra.js")
        let out = temp.path + "/site"
        _ = try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(output: out, templates: [temp.path + "/mine"]))
        let board = SiteTestSupport.read(out + "/index.html")
        #expect(board.contains("<mark class=\"my-status\">in-progress</mark>"))
        #expect(!board.contains("class=\"status status--"))
        #expect(SiteTestSupport.read(out + "/assets/site.css") == "body { color: hotpink; }\n")
        #expect(SiteTestSupport.read(out + "/assets/js/extra.js") == "// extra\n")
        #expect(SiteTestSupport.read(out + "/assets/print.css").contains("@page"))
    }

    @Test func parseErrorNamesFileAndLine() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        temp.write("<li>\n<h4>{{title}}</h4>\n{{#okrs}}\n<a>{{label}</a>\n{{/okrs}}\n</li>\n", to: "mine/card.mustache")
        do {
            _ = try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(
                output: temp.path + "/site", templates: [temp.path + "/mine"]))
            Issue.record("the build should have failed")
        } catch {
            guard case let .template(file, line, _, message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(file == temp.path + "/mine/card.mustache")
            #expect(line == 4)
            #expect(message == "tag is not closed, or its name is malformed")
            #expect(error.description.hasPrefix(temp.path + "/mine/card.mustache:4:"))
        }
    }

    @Test func unknownPartialNamesFileLineAndColumn() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        temp.write("<p>\n  x {{> stauts}}\n</p>\n", to: "mine/feature-link.mustache")
        #expect(throws: SiteError.template(file: temp.path + "/mine/feature-link.mustache", line: 2, column: 5,
                                           message: "no template or partial named 'stauts' (looked for stauts.mustache)")) {
            try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(
                output: temp.path + "/site", templates: [temp.path + "/mine"]))
        }
    }

    @Test func missingPageTemplateIsReported() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        temp.write("x", to: "only/board.mustache")
        var options = SiteOptions(outputFolder: temp.path + "/site", templateFolders: [temp.path + "/only"],
                                  generatorVersion: "test")
        options.themeLayers = [.folder(temp.path + "/only")]
        #expect(throws: SiteError.missingTemplate(name: "timeline", searched: [temp.path + "/only"])) {
            try SiteBuilder(roadmap: Fixtures.small(), diagnostics: [], options: options,
                            bodyRenderer: EscapingBodyRenderer()).build()
        }
    }

    @Test func assetNamesMustBePublishable() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        temp.write("x", to: "mine/assets/bad name.css")
        temp.write("x", to: "mine/assets/.DS_Store")
        #expect(throws: SiteError.invalidAssetName(path: temp.path + "/mine/assets/bad name.css")) {
            try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(
                output: temp.path + "/site", templates: [temp.path + "/mine"]))
        }
    }

    @Test func symlinkedTemplatesAreIgnored() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        temp.write("secret", to: "outside.txt")
        try FileManager.default.createDirectory(atPath: temp.path + "/mine/assets", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: temp.path + "/mine/assets/leak.txt", withDestinationPath: temp.path + "/outside.txt")
        _ = try SiteTestSupport.build(Fixtures.small(), options: SiteTestSupport.options(
            output: temp.path + "/site", templates: [temp.path + "/mine"]))
        #expect(!FileManager.default.fileExists(atPath: temp.path + "/site/assets/leak.txt"))
    }

    @Test func partialReferencesAreFoundWithPositions() {
        let refs = PartialReferences.scan("a {{>one}}\n{{< two }}{{$b}}{{/b}}{{/two}}\n{{>*dynamic}} {{! c }}")
        #expect(refs == [.init(name: "one", line: 1, column: 3), .init(name: "two", line: 2, column: 1)])
    }

    /// The theme compiled into the binary is the project's templates/ folder as it is now, byte
    /// for byte and file for file: a stale embedded copy fails here.
    @Test func embeddedThemeIsTheProjectTemplates() throws {
        let folder = SiteTestSupport.themeFolder
        let onDisk = try TemplateSet.files(in: folder, under: "")
        #expect(EmbeddedTheme.files.map(\.path) == onDisk)
        for file in EmbeddedTheme.files {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file.path)))
            #expect(file.bytes == bytes, "\(file.path) differs from templates/\(file.path)")
        }
        #expect(EmbeddedTheme.file("layout.mustache") != nil)
        #expect(EmbeddedTheme.file("assets/site.css") != nil)
    }

    /// With no template folder at all the built-in theme alone renders the site, and a roadmap's
    /// own file still overrides it.
    @Test func embeddedThemeBuildsWithoutAnyFolder() throws {
        let temp = TempFolder()
        defer { temp.remove() }
        temp.write("{{> header}}<p>mine: {{title}}</p>{{> footer}}", to: "mine/prd.mustache")
        var options = SiteTestSupport.options(output: temp.path + "/site")
        options.themeLayers = [.folder(temp.path + "/mine"), .embedded]
        let report = try SiteTestSupport.build(Fixtures.small(), options: options)
        #expect(report.pageCount > 0)
        let css = try Data(contentsOf: URL(fileURLWithPath: temp.path + "/site/assets/site.css"))
        #expect(css == Data(EmbeddedTheme.file("assets/site.css")?.bytes ?? []))
        let prdFolder = temp.path + "/site/prd"
        let page = try #require(FileManager.default.subpathsOfDirectory(atPath: prdFolder).first { $0.hasSuffix(".html") })
        let html = try String(contentsOfFile: prdFolder + "/" + page, encoding: .utf8)
        #expect(html.contains("<p>mine: "))
    }
}
