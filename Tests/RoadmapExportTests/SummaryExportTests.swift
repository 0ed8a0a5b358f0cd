import Foundation
import RoadmapCore
import Testing
@testable import RoadmapExport

@Suite struct SummaryExportTests {
    @Test func markdownGroupsByQuarterWithKeyResultProgress() throws {
        let roadmap = try ExportFixtures.sample()
        let md = MarkdownSummary(grouping: .quarter, revision: "v1 @ abc1234").render(roadmap)
        #expect(md.hasPrefix("# Fernway product roadmap\n\n_20 PRDs, 4 objectives · v1 @ abc1234_\n"))
        #expect(md.contains("\n## PRDs by quarter\n"))
        // Quarters in order, the unscheduled last.
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("### 20") || $0 == "### Not scheduled" }.map(String.init)
        let quarters = headings.filter { $0 != "### Not scheduled" }
        #expect(quarters == quarters.sorted() && !quarters.isEmpty)
        #expect(headings.last == "### Not scheduled" || !roadmap.features.contains { $0.quarter == nil && $0.due == nil })
        // Every PRD once, every key result with its progress.
        for f in roadmap.features { #expect(md.components(separatedBy: "(`\(f.id)`)").count == 2, "\(f.id)") }
        #expect(md.contains("- First-attempt card payment success rate: 92.4%, target 95% (26%)\n"))
    }

    @Test func markdownGroupsByStatusInWorkflowOrder() throws {
        let roadmap = try ExportFixtures.sample()
        let md = MarkdownSummary(grouping: .status).render(roadmap)
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("### ") }.map { String($0.dropFirst(4)) }
        let statuses = headings.filter { roadmap.config.statuses.contains($0) }
        #expect(statuses == roadmap.config.statuses.filter { s in roadmap.features.contains { $0.status == s } })
    }

    @Test func markdownShowsHostileTitlesLiterally() throws {
        let md = MarkdownSummary().render(try ExportFixtures.hostile())
        #expect(md.hasPrefix("# Acme \\<Roadmap\\>, \"2026\"; Q3 \\& more\n"))
        #expect(!md.contains("<script>") && !md.contains("<b>") && !md.contains("<i>"))
        #expect(md.contains("**\\<script\\>alert(\"x\")\\</script\\> \\& \\<b\\>bold\\</b\\>** (`script`)"))
        // A title with a line break stays on its bullet's line.
        #expect(md.contains("- **First line second line** (`lines`)"))
        #expect(md.contains("\\[brackets\\]") && md.contains("\\# hash") && md.contains("\\| pipe") && md.contains("\\`tick\\`"))
        #expect(md.contains("- Checkout, \\<conversion\\>; rate: 15%, target 20% (50%)\n"))
    }

    @Test func htmlIsSelfContainedAndEscaped() throws {
        for roadmap in [try ExportFixtures.sample(), try ExportFixtures.hostile()] {
            let html = HTMLSummary().render(roadmap)
            #expect(html.hasPrefix("<!DOCTYPE html>\n"))
            #expect(html.contains("<style>"))
            for forbidden in ["<script", "<link", " src=", " href=", "@import", "url("] {
                #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
            }
        }
        let html = HTMLSummary(grouping: .status).render(try ExportFixtures.hostile())
        #expect(html.contains("<title>Acme &lt;Roadmap&gt;, &quot;2026&quot;; Q3 &amp; more</title>"))
        #expect(html.contains("<strong>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</strong>"))
        #expect(html.contains("<strong>First line\nsecond line</strong>"))
        #expect(html.contains("aria-label=\"50%\""))
    }

    @Test func mermaidLabelsCannotBreakTheDiagram() throws {
        let roadmap = try ExportFixtures.hostile()
        let gantt = MermaidExport().gantt(roadmap)
        let graph = MermaidExport().graph(roadmap)
        #expect(gantt.hasPrefix("gantt\n    title Acme #lt;Roadmap#gt;, #quot;2026#quot;#59; Q3 #amp; more\n"))
        #expect(gantt.contains("    section Pay#59; #lt;ments#gt;\n"))
        for line in gantt.split(separator: "\n").dropFirst(4) where !line.hasPrefix("    section ") {
            // The task name ends at the first colon, so the name holds none, nor a comment start.
            let name = line.prefix { $0 != ":" }
            #expect(!Self.withoutEntities(String(name)).contains { "\";#<>[]`".contains($0) }, "\(line)")
        }
        #expect(gantt.contains("    \(MermaidExport.label(ExportFixtures.hostileTitles["script"]!)) :active, 2026-07-01, 2026-07-20\n"))
        #expect(gantt.contains(" :active, milestone, 2026-08-31, 0d\n"))
        // The undated PRD has no bar; the graph has every dependency as an arrow.
        #expect(!gantt.contains("First line"))
        #expect(graph.contains("    p1[\"First line second line<br>planned\"]\n"))
        #expect(graph.contains("    p2 --> p1\n") && graph.contains("    p3 --> p2\n"))
        for line in graph.split(separator: "\n") where line.contains("[\"") {
            let label = line.drop { $0 != "\"" }.dropFirst().dropLast(2).replacingOccurrences(of: "<br>", with: " ")
            #expect(!Self.withoutEntities(String(label)).contains { "\"[]#;<>`".contains($0) }, "\(line)")
        }
        // Decoding Mermaid's entities gives the title back.
        let decoded = Self.decode(MermaidExport.label(ExportFixtures.hostileTitles["punctuation"]!))
        #expect(decoded == ExportFixtures.hostileTitles["punctuation"]!)
    }

    @Test func mermaidOnTheSampleHasEveryDatedPRDByTeam() throws {
        let roadmap = try ExportFixtures.sample()
        let text = MermaidExport().render(roadmap)
        #expect(text.hasPrefix("## Timeline\n\n```mermaid\ngantt\n"))
        let bars = text.split(separator: "\n").filter { $0.hasPrefix("    ") && $0.contains(" :") }
        #expect(bars.count == roadmap.features.count { $0.due != nil })
        for team in Set(roadmap.features.compactMap(\.team)) { #expect(text.contains("    section \(team)\n")) }
        let arrows = text.split(separator: "\n").filter { $0.contains(" --> ") }
        #expect(arrows.count == roadmap.features.reduce(0) { $0 + $1.dependsOn.count })
    }

    static func withoutEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "#[a-z0-9]+;", with: "", options: .regularExpression)
    }

    static func decode(_ text: String) -> String {
        var out = text
        for (name, c) in [("quot", "\""), ("amp", "&"), ("lt", "<"), ("gt", ">")] { out = out.replacingOccurrences(of: "#\(name);", with: c) }
        while let range = out.range(of: "#[0-9]+;", options: .regularExpression) {
            let code = UInt32(out[range].dropFirst().dropLast()) ?? 32
            out.replaceSubrange(range, with: String(Character(Unicode.Scalar(code)!)))
        }
        return out
    }
}
