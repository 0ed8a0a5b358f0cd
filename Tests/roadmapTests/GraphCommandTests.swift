import Foundation
import Testing

/// `roadmap graph` run as the built binary on a small roadmap with a hostile title and a
/// dependency due after the PRD waiting on it starts.
@Suite struct GraphCommandTests {
    static func prd(_ id: String, title: String, status: String = "planned", dependsOn: [String] = [], extra: String = "") -> String {
        "---\nid: \(id)\ntitle: '\(title)'\nstatus: \(status)\nowner: Sam\ndepends_on: [\(dependsOn.joined(separator: ", "))]\nokrs: [o]\n\(extra)---\n## Problem\nP.\n"
    }

    static func workspace() throws -> Workspace {
        let ws = try Workspace()
        try ws.write("roadmap.yml", StagedCheckTests.config)
        try ws.write("okrs/o.md", "---\nid: o\ntitle: O\n---\n")
        try ws.write("prds/a.md", prd("a", title: "<script>alert(1)</script> \"]; x [label=\"y", extra: "team: payments\ndue: 2026-05-01\n"))
        try ws.write("prds/b.md", prd("b", title: "Bee", dependsOn: ["a"], extra: "team: payments\nstart: 2026-04-01\ndue: 2026-06-01\n"))
        try ws.write("prds/c.md", prd("c", title: "Sea", status: "shipped", dependsOn: ["b"]))
        try ws.write("prds/d.md", prd("d", title: "Dee", dependsOn: ["b"], extra: "team: web\ndue: 2026-07-01\n"))
        return ws
    }

    static func nodes(_ dot: String) -> [String] {
        dot.split(separator: "\n").compactMap { line in
            line.firstMatch(of: /tooltip="[^"]*\(([a-z]+)\)/).map { String($0.output.1) }
        }
    }

    @Test func dotDrawsUnfinishedLinkedWorkWithTheLateEdgeMarked() throws {
        let ws = try Self.workspace()
        let result = try ws.roadmap("graph")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("digraph dependencies {\n"))
        #expect(Self.nodes(result.stdout) == ["a", "b", "d"])
        #expect(result.stdout.contains("n0 -> n1 [color=\"#c0392b\", style=dashed"))
        #expect(result.stdout.contains("class=\"ge ge--late ge--critical\""))
        #expect(result.stdout.contains("label=\"&lt;script&gt;alert(1)&lt;/script&gt; &quot;];…\\nplanned\""))
        #expect(!result.stdout.contains("<script"))
        // The critical path: a, b, then d (due last).
        #expect(result.stdout.contains("n1 -> n2 [color=\"#b45309\", penwidth=2.5, class=\"ge ge--critical\""))
    }

    @Test func mermaidEscapesTitlesAndDashesTheLateEdge() throws {
        let ws = try Self.workspace()
        let result = try ws.roadmap("graph", "--format", "mermaid")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("flowchart LR\n"))
        #expect(result.stdout.contains("    p1[\"#lt;script#gt;alert#40;1#41;#lt;/script#gt; #quot;#93;#59; x #91;label=#quot;y<br>planned\"]\n"))
        #expect(result.stdout.contains("    p1 -.-> p2\n    p2 ==> p3\n"))
        #expect(result.stdout.contains("linkStyle 0 stroke:#c0392b"))
    }

    @Test func svgIsLaidOutTheSameEveryTime() throws {
        let ws = try Self.workspace()
        let first = try ws.roadmap("graph", "--format", "svg"), second = try ws.roadmap("graph", "--format", "svg")
        #expect(first.status == 0)
        #expect(first.stdout.contains("<svg") && first.stdout.contains("viewBox="))
        #expect(first.stdout == second.stdout)
        #expect(!first.stdout.contains("<script"))
        #expect(first.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func filtersAroundATeamAndDone() throws {
        let ws = try Self.workspace()
        #expect(Self.nodes(try ws.roadmap("graph", "--around", "d", "--depth", "1").stdout) == ["b", "d"])
        // Around a PRD, finished work is drawn too.
        #expect(Self.nodes(try ws.roadmap("graph", "--around", "b", "--depth", "1").stdout) == ["a", "b", "c", "d"])
        #expect(Self.nodes(try ws.roadmap("graph", "--include-done").stdout) == ["a", "b", "c", "d"])
        #expect(Self.nodes(try ws.roadmap("graph", "--team", "Payments").stdout) == ["a", "b"])
        let lone = try ws.roadmap("graph", "--team", "web")
        #expect(lone.status == 0 && Self.nodes(lone.stdout).isEmpty)
        #expect(lone.stderr == "roadmap: no dependencies to draw\n")
        let capped = try ws.roadmap("graph", "--limit", "2")
        #expect(Self.nodes(capped.stdout) == ["a", "b"])
        #expect(capped.stderr == "roadmap: 1 more PRDs left out by --limit\n")
    }

    @Test func unknownValuesAreErrorsWithAGuess() throws {
        let ws = try Self.workspace()
        let id = try ws.roadmap("graph", "--around", "dd")
        #expect(id.status == 2 && id.stdout.isEmpty)
        #expect(id.stderr == "roadmap: error: no PRD has the id `dd`; did you mean `d`?\n")
        let team = try ws.roadmap("graph", "--team", "paymnts")
        #expect(team.status == 2)
        #expect(team.stderr == "roadmap: error: no PRD has the team `paymnts`; did you mean `payments`?\n")
        #expect(try ws.roadmap("graph", "--depth", "0").status != 0)
        #expect(try ws.roadmap("graph", "--around", "Not An Id").status != 0)
    }

    @Test func helpTeachesWithExamples() throws {
        let ws = try Self.workspace()
        let help = try ws.roadmap("graph", "--help")
        #expect(help.stdout.contains("roadmap graph --around payment-methods-api --depth 1 --format mermaid"))
        #expect(help.stdout.contains("--format <format>"))
    }
}
