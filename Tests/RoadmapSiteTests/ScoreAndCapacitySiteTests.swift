import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapSources
import Testing
@testable import RoadmapSite

/// The sample roadmap's custom score (WSJF) in the backlog and its capacity page.
@Suite struct ScoreAndCapacitySiteTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("sample-roadmap").path

    static func buildSample(_ edit: ((inout [String: String]) -> Void)? = nil) throws -> (site: String, temp: TempFolder) {
        var files: [String: String] = [:]
        let base = URL(fileURLWithPath: sample).standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(atPath: base)
        while let relative = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base + relative, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[relative] = try String(contentsOfFile: base + relative, encoding: .utf8)
        }
        edit?(&files)
        let compilation = try RoadmapCompiler(source: InMemorySource(files: files)).compile()
        let temp = TempFolder()
        let out = temp.path + "/site"
        _ = try SiteTestSupport.build(compilation.roadmap, diagnostics: compilation.diagnostics, options: SiteTestSupport.options(output: out))
        return (out, temp)
    }

    /// The PRD ids of a list page's rows, in order.
    static func rowIDs(_ html: String) -> [String] {
        html.components(separatedBy: "<tr").dropFirst().compactMap { row in
            guard let start = row.range(of: "<code class=\"id\">"), let end = row[start.upperBound...].range(of: "</code>") else { return nil }
            return String(row[start.upperBound..<end.lowerBound])
        }
    }

    @Test func theBacklogHasAScoreColumnLinkingToItsOrder() throws {
        let (site, temp) = try Self.buildSample()
        defer { temp.remove() }
        let backlog = SiteTestSupport.read(site + "/backlog/index.html")
        #expect(backlog.contains(#"<th scope="col" class="num"><a href="../backlog/wsjf.html" title="the backlog ordered by WSJF"><bdi>WSJF</bdi></a></th>"#))
        #expect(backlog.contains(#"<td class="num score" data-label="WSJF">4.67</td>"#))
        // A PRD without the score has an empty cell, so the columns stay aligned.
        #expect(backlog.contains(#"<td class="num score" data-label="WSJF"></td>"#))

        let byScore = SiteTestSupport.read(site + "/backlog/wsjf.html")
        #expect(byScore.contains("<h1>Backlog: <bdi>ordered by WSJF</bdi></h1>"))
        let ids = Self.rowIDs(byScore)
        // Highest WSJF first (hand-computed: 14/3, 21/5, 18/5, 22/8, 12/8), then open PRDs without it by id.
        #expect(Array(ids.prefix(5)) == ["smart-retries", "sepa-direct-debit", "deploy-safety", "peppol-e-invoicing", "accounting-sync"])
        #expect(ids[5] == "eu-data-residency")
        #expect(ids.count == 20)
        #expect(Array(ids.suffix(5)) == ["card-vault", "invoice-templates", "payment-reminders", "saved-cards", "stablecoin-payouts"])
    }

    @Test func theCapacityPageShowsEachTeamAndQuarter() throws {
        let (site, temp) = try Self.buildSample()
        defer { temp.remove() }
        let page = SiteTestSupport.read(site + "/capacity.html")
        #expect(page.contains("<h1>Capacity</h1>"))
        #expect(page.contains(#"<a href="capacity.html" aria-current="page">Capacity</a>"#))
        // payments in 2026-Q4: peppol 6 + smart retries 2 + sepa's 31 of 33 days × 5 = 10.42 of 10.
        let over = try #require(page.components(separatedBy: "<tr").first { $0.contains("<th scope=\"row\">2026-Q4 <span class=\"broken-tag\">over capacity</span>") })
        #expect(over.contains(#"data-label="Committed">10.42</td>"#))
        #expect(over.contains(#"data-label="Capacity">10</td>"#))
        #expect(over.contains("104% of capacity"))
        #expect(over.contains(#"<a href="prd/peppol-e-invoicing.html"><bdi>Peppol e-invoicing</bdi></a> <span class="muted">6 person-months</span>"#))
        let peppol = try #require(over.range(of: "peppol-e-invoicing")), sepa = try #require(over.range(of: "sepa-direct-debit"))
        #expect(peppol.lowerBound < sepa.lowerBound)
        #expect(page.components(separatedBy: "over capacity</span>").count == 2)
        // growth's 2026-Q2: the shipped invoice templates have no RICE effort, so they are named as unknown.
        #expect(page.contains("Effort unknown:"))
        #expect(page.contains(#"<a href="prd/invoice-templates.html"><bdi>Invoice template gallery</bdi></a> <code class="id">invoice-templates</code>"#))
        let index = SiteTestSupport.read(site + "/index.html")
        #expect(index.contains(#"href="capacity.html""#))
    }

    @Test func withoutCapacityThereIsNoPageAndNoNavigationEntry() throws {
        let (site, temp) = try Self.buildSample { files in
            files["roadmap.yml"] = files["roadmap.yml"]?.components(separatedBy: "\ncapacity:").first
        }
        defer { temp.remove() }
        #expect(!FileManager.default.fileExists(atPath: site + "/capacity.html"))
        #expect(!SiteTestSupport.read(site + "/index.html").contains("capacity.html"))
    }

    @Test func hostileTeamNamesAndLabelsAreEscaped() throws {
        let (site, temp) = try Self.buildSample { files in
            files["roadmap.yml"] = files["roadmap.yml"]?
                .replacingOccurrences(of: "label: WSJF", with: "label: '<script>x\"'")
                .replacingOccurrences(of: "  growth: {", with: "  '<b>\"growth': {")
        }
        defer { temp.remove() }
        let backlog = SiteTestSupport.read(site + "/backlog/index.html")
        #expect(!backlog.contains("<script>x"))
        #expect(backlog.contains("&lt;script&gt;x&quot;"))
        let page = SiteTestSupport.read(site + "/capacity.html")
        #expect(!page.contains("<b>\"growth"))
        #expect(page.contains("&lt;b&gt;&quot;growth"))
    }
}
