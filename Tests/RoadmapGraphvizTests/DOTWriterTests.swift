import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RoadmapCore
import Testing
@testable import RoadmapGraphviz

/// DOT from drawings: every title escaped, ids never in DOT syntax, the same drawing the same
/// text; and the SVG Graphviz makes from it carries no markup from a title.
struct DOTWriterTests {
    static let hostile = [
        "<script>alert(1)</script>", "\"]; evil [label=\"x", "back\\slash \\N \\G \\l", "line\nbreak\r\u{2028}sep",
        "&amp; &#60;b&#62; &lt;", "</svg><img src=x onerror=alert(1)>", "مرحبا بالعالم", "it's 'quoted'",
    ]

    static func node(_ id: String, _ title: String, category: StatusCategory = .active, critical: Bool = false) -> DependencyDrawing.Node {
        .init(id: ItemID(id)!, title: title, status: "in-progress", category: category, end: CalendarDate(year: 2026, month: 3, day: 31),
              onCriticalPath: critical, isCenter: false)
    }

    static func hostileDrawing() -> DependencyDrawing {
        let nodes = hostile.enumerated().map { node("p\($0.offset)", $0.element) }
        let edges = (1..<nodes.count).map { DependencyDrawing.Edge(dependency: nodes[$0 - 1].id, dependent: nodes[$0].id,
                                                                    breaksDateRule: $0 == 2, onCriticalPath: $0 == 3) }
        return DependencyDrawing(nodes: nodes.reversed(), edges: edges.reversed())
    }

    @Test func escapesEveryCharacterThatCouldLeaveALabel() {
        #expect(DOTText.escape("a\"b") == "a&quot;b")
        #expect(DOTText.escape("a\\Nb") == "a\\\\Nb")
        #expect(DOTText.escape("<x>&") == "&lt;x&gt;&amp;")
        #expect(DOTText.escape("one\ntwo\rthree\u{2028}four\u{7}") == "one two three four ")
        #expect(DOTText.escape("مرحبا") == "مرحبا")
    }

    @Test func titlesNeverReachDOTSyntax() {
        let dot = DOTWriter(link: { "prds/\($0).html" }).dot(Self.hostileDrawing())
        // Outside quoted strings only names, keywords and punctuation remain.
        var outside = "", inQuote = false
        for c in dot {
            if c == "\"" { inQuote.toggle(); continue }
            if !inQuote { outside.append(c) }
        }
        #expect(!inQuote)
        for word in ["script", "evil", "svg", "img", "alert", "مرحبا"] { #expect(!outside.contains(word), "\(word) outside a string") }
        #expect(dot.contains("back\\\\slash \\\\N \\\\G \\\\l"))
        #expect(dot.contains("n0 -> n1") && dot.contains("URL=\"prds/p0.html\""))
    }

    @Test func theSameDrawingInAnyOrderGivesTheSameDOT() {
        let drawing = Self.hostileDrawing()
        let shuffled = DependencyDrawing(nodes: drawing.nodes.shuffled(), edges: drawing.edges.shuffled())
        #expect(DOTWriter().dot(drawing) == DOTWriter().dot(shuffled))
    }

    @Test func marksBrokenAndCriticalEdges() {
        let dot = DOTWriter().dot(Self.hostileDrawing())
        #expect(dot.contains("n1 -> n2 [color=\"#c0392b\", style=dashed"))
        #expect(dot.contains("class=\"ge ge--late\""))
        #expect(dot.contains("n2 -> n3 [color=\"#b45309\", penwidth=2.5, class=\"ge ge--critical\""))
    }

    @Test func layoutIsDeterministicAndHasNoTimestampsOrPointers() throws {
        let dot = DOTWriter(link: { "prds/\($0).html" }).dot(Self.hostileDrawing())
        let first = try GraphvizLayout.freshSVG(dot), second = try GraphvizLayout.freshSVG(dot)
        #expect(first == second)
        #expect(first.contains("viewBox="))
        let inline = GraphvizLayout.inlineSVG(first)
        #expect(inline.hasPrefix("<svg"))
        #expect(!inline.contains("<!--") && !inline.contains("<?xml") && !inline.contains("DOCTYPE"))
        #expect(inline.firstMatch(of: /0x[0-9a-f]{6,}/) == nil)
    }

    @Test func svgOfHostileTitlesIsWellFormedAndCarriesNoMarkupFromThem() throws {
        let svg = GraphvizLayout.inlineSVG(try GraphvizLayout.svg(DOTWriter(link: { "prds/\($0).html" }).dot(Self.hostileDrawing())))
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(collector.elements.isSubset(of: ["svg", "g", "title", "a", "polygon", "path", "text", "polyline", "ellipse"]),
                "\(collector.elements.sorted())")
        #expect(!collector.attributes.contains { $0.lowercased().hasPrefix("on") })
        // The titles come back as text, exactly as written (cut to the node's width).
        #expect(collector.text.contains("<script>alert(1)</script>"))
        #expect(collector.text.contains("\"]; evil [label=\"x"))
        #expect(collector.text.contains("back\\slash \\N \\G \\l"))
        #expect(collector.text.contains("&amp; &#60;b&#62; &lt;"))
        #expect(collector.text.contains("مرحبا بالعالم"))
        #expect(!svg.contains("<script") && !svg.contains("<img"))
    }

    @Test func theLastLayoutIsReusedOnlyForTheSameGraph() throws {
        let dot = DOTWriter().dot(Self.hostileDrawing())
        let other = DOTWriter().dot(DependencyDrawing(nodes: Array(Self.hostileDrawing().nodes.prefix(2)), edges: []))
        #expect(try GraphvizLayout.svg(dot) == (try GraphvizLayout.freshSVG(dot)))
        #expect(try GraphvizLayout.svg(other) == (try GraphvizLayout.freshSVG(other)))
        #expect(try GraphvizLayout.svg(dot) != (try GraphvizLayout.svg(other)))
    }

    @Test func unreadableDOTIsAnErrorNotACrash() {
        #expect(throws: GraphvizError.self) { try GraphvizLayout.svg("digraph { a -> ") }
    }

    @Test func layoutsFromManyThreadsAtOnceAgree() async throws {
        let dot = DOTWriter().dot(Self.hostileDrawing())
        let expected = try GraphvizLayout.freshSVG(dot)
        let results = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { try GraphvizLayout.freshSVG(dot) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
    }
}

final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: Set<String> = []
    var attributes: Set<String> = []
    var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) {
        elements.insert(name)
        self.attributes.formUnion(attributes.keys)
        // Tooltips carry titles too.
        if let title = attributes["xlink:title"] { text += title + "\n" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
