import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RoadmapCompiler
import RoadmapCore
import RoadmapSources
import Testing
@testable import RoadmapSite

/// The Dependencies page (graph.html) and the neighbourhood on PRD pages.
@Suite struct GraphPageTests {
    static let hostile = "<script>alert(1)</script> \"]; x [label=\"y\" & \\N"

    /// a <- b <- c, where b starts before a is due; d is finished; e stands alone.
    static func roadmap() -> Roadmap {
        Fixtures.link(objectives: [], features: [
            Fixtures.feature("a", title: hostile, status: "in-progress", due: "2026-05-01"),
            Fixtures.feature("b", title: "Bee", status: "planned", start: "2026-04-01", due: "2026-06-01", dependsOn: ["a"]),
            Fixtures.feature("c", title: "Sea", status: "planned", due: "2026-07-01", dependsOn: ["b"]),
            Fixtures.feature("d", title: "Done dee", status: "shipped", dependsOn: ["c"]),
            Fixtures.feature("e", title: "Alone", status: "planned", due: "2027-01-01"),
        ])
    }

    static func build(_ roadmap: Roadmap = roadmap()) throws -> (TempFolder, String) {
        let temp = TempFolder()
        let out = temp.path + "/site"
        _ = try SiteTestSupport.build(roadmap, options: SiteTestSupport.options(output: out))
        return (temp, out)
    }

    static func svg(in html: String) -> String? {
        guard let region = html.range(of: "aria-label=\"Dependency graph\">"),
              let start = html.range(of: "<svg", range: region.upperBound..<html.endIndex), let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func drawsTheGraphMarksTheLateEdgeAndListsThePathAndBlockers() throws {
        let (temp, out) = try Self.build()
        defer { temp.remove() }
        let html = SiteTestSupport.read(out + "/graph.html")
        #expect(html.contains("<a href=\"graph.html\" aria-current=\"page\">Dependencies</a>"))
        #expect(SiteTestSupport.read(out + "/prd/a.html").contains("<a href=\"../graph.html\">Dependencies</a>"))
        let svg = try #require(Self.svg(in: html))
        // Drawn: a, b, c; not the finished d nor the unlinked e.
        #expect(svg.matches(of: #/class="node gn /#).count == 3)
        for id in ["a", "b", "c"] { #expect(svg.contains("xlink:href=\"prd/\(id).html\"")) }
        #expect(!svg.contains("prd/d.html") && !svg.contains("prd/e.html"))
        // The late edge a -> b: its class, colour and dashes; the legend explains them.
        let late = try #require(svg.firstMatch(of: /<g id="edge\d+" class="edge ge ge&#45;&#45;late[^"]*">[\s\S]*?<\/g>/))
        #expect(late.output.contains("stroke=\"#c0392b\"") && late.output.contains("stroke-dasharray=\"5,2\""))
        #expect(html.contains("class=\"graph-legend__late\"/></svg> dependency due after the PRD waiting on it starts"))
        #expect(html.contains("starts 2026-04-01, but its dependency is due 2026-05-01"))
        // The critical path, in order, with its dates.
        let path = try #require(html.firstMatch(of: /<ol class="critical-path">[\s\S]*?<\/ol>/)).output
        let order = path.matches(of: /href="prd\/([a-z]+)\.html"/).map { String($0.output.1) }
        #expect(order == ["a", "b", "c"])
        #expect(path.contains("ends <time datetime=\"2026-07-01\">2026-07-01</time>"))
        #expect(html.contains("The chain of unfinished work that ends last, 2026-07-01"))
        #expect(html.contains("blocks 2 unfinished PRDs (1 directly)"))
    }

    @Test func noTitleCarriesMarkupIntoTheEmbeddedSVG() throws {
        let (temp, out) = try Self.build()
        defer { temp.remove() }
        let html = SiteTestSupport.read(out + "/graph.html")
        #expect(!html.contains("<script>alert"))
        let svg = try #require(Self.svg(in: html))
        let parser = XMLParser(data: Data(svg.utf8))
        let elements = ElementNames()
        parser.delegate = elements
        #expect(parser.parse())
        #expect(elements.names.isSubset(of: ["svg", "g", "title", "a", "path", "polygon", "text", "polyline", "ellipse"]))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!svg.contains("<!--"))
    }

    @Test func theSameRoadmapGivesTheSamePage() throws {
        let (one, first) = try Self.build()
        let (two, second) = try Self.build()
        defer { one.remove(); two.remove() }
        #expect(SiteTestSupport.read(first + "/graph.html") == SiteTestSupport.read(second + "/graph.html"))
    }

    @Test func withoutDependenciesThePageSaysSo() throws {
        let (temp, out) = try Self.build(Fixtures.link(objectives: [], features: [Fixtures.feature("a", title: "A", status: "planned")]))
        defer { temp.remove() }
        let html = SiteTestSupport.read(out + "/graph.html")
        #expect(Self.svg(in: html) == nil)
        #expect(html.contains("No unfinished PRD depends on another unfinished PRD."))
        #expect(html.contains("No unfinished PRD waits on unfinished work."))
    }

    @Test func aPRDPageListsTwoStepsUpstreamAndEverythingDownstream() throws {
        let (temp, out) = try Self.build()
        defer { temp.remove() }
        let c = SiteTestSupport.read(out + "/prd/c.html")
        let deps = try #require(c.firstMatch(of: /<h2 id="deps-title">Depends on<\/h2>[\s\S]*?<\/section>/)).output
        #expect(deps.matches(of: /href="\.\.\/prd\/([a-z]+)\.html"/).map { String($0.output.1) } == ["b", "a"])
        #expect(deps.contains("<h3 id=\"indirect-deps-title\">Which depend on</h3>"))
        let a = SiteTestSupport.read(out + "/prd/a.html")
        #expect(!a.contains("indirect-deps-title"))
        let needed = try #require(a.firstMatch(of: /<h2 id="dependents-title">Needed by<\/h2>[\s\S]*?<\/section>/)).output
        #expect(needed.matches(of: /href="\.\.\/prd\/([a-z]+)\.html"/).map { String($0.output.1) } == ["b", "c", "d"])
    }

    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theSampleRoadmapsGraphLinksEveryNodeToItsPage() throws {
        let root = Self.repoRoot.appendingPathComponent("sample-roadmap").path
        let compilation = try RoadmapCompiler(source: try RoadmapLocation.resolve(root).workingTree()).compile()
        let (temp, out) = try Self.build(compilation.roadmap)
        defer { temp.remove() }
        let html = SiteTestSupport.read(out + "/graph.html")
        let svg = try #require(Self.svg(in: html))
        let targets = svg.matches(of: /xlink:href="([^"]+)"/).map { String($0.output.1) }
        #expect(targets.count >= 10)
        for target in targets { #expect(FileManager.default.fileExists(atPath: out + "/" + target), "\(target)") }
        #expect(html.contains("<ol class=\"critical-path\">"))
        #expect(html.utf8.count < 2_000_000)
    }
}

final class ElementNames: NSObject, XMLParserDelegate {
    var names: Set<String> = []
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) { names.insert(name) }
}
