import Foundation
import RoadmapCore
import Testing
@testable import RoadmapSite

/// The site in every language and on every screen: readable addresses for non-ASCII names,
/// direction-isolated user text, open work ranked, transitive dependents, objective summaries.
@Suite struct InternationalSiteTests {
    /// A Japanese team, Arabic and Hebrew owners, an Arabic tag, a dependency chain and a
    /// dropped PRD that names the objective.
    static func roadmap() -> Roadmap {
        let objectives = [
            Fixtures.objective("grow", title: "تسريع الدفع", keyResults: [
                ("kr1", "Conversion", 60, 70, 65, "%"),
                ("kr2", "Time to pay", 90, 40, 40, "s"),
                ("kr3", "Referrals", nil, 10, nil, nil),
            ], body: "Summary first: why this objective matters."),
            Fixtures.objective("other", title: "Other", keyResults: [("kr1", "Other one", 0, 10, 5, nil)]),
        ]
        let features = [
            Fixtures.feature("vault", title: "Card vault", status: "in-progress", owner: "רונית לוי", team: "決済チーム",
                             due: "2026-09-25", okrs: ["grow/kr1"], rice: RICE(reach: 100, impact: 1, confidence: 1, effort: 1),
                             tags: ["تجربة"]),
            Fixtures.feature("wallets", title: "Wallets", status: "planned", owner: "سارة علي", team: "決済チーム",
                             okrs: ["grow/kr2"], dependsOn: ["vault"], rice: RICE(reach: 500, impact: 1, confidence: 1, effort: 1)),
            Fixtures.feature("one-tap", title: "One tap", status: "idea", owner: "Kim Park", team: "決済チーム",
                             dependsOn: ["wallets"]),
            Fixtures.feature("old-flow", title: "Old flow", status: "shipped", owner: "Kim Park", team: "決済チーム",
                             okrs: ["grow"], rice: RICE(reach: 9000, impact: 3, confidence: 1, effort: 1)),
            Fixtures.feature("crypto", title: "Crypto", status: "dropped", owner: "Kim Park", okrs: ["grow"]),
        ]
        return Fixtures.link(objectives: objectives, features: features)
    }

    static func build() throws -> (TempFolder, String) {
        let temp = TempFolder()
        let out = temp.path + "/site"
        _ = try SiteTestSupport.build(roadmap(), options: SiteTestSupport.options(output: out))
        return (temp, out)
    }

    @Test func nonASCIINamesGetReadableAddresses() throws {
        let (temp, out) = try Self.build()
        defer { temp.remove() }
        let files = SiteTestSupport.files(in: out)
        #expect(files.contains("teams/決済チーム.html"))
        #expect(files.contains("tags/تجربة.html"))
        #expect(!files.contains("teams/x.html"))
        let encoded = "teams/%E6%B1%BA%E6%B8%88%E3%83%81%E3%83%BC%E3%83%A0.html"
        #expect(SiteTestSupport.read(out + "/teams.html").contains("<a href=\"\(encoded)\"><bdi>決済チーム</bdi></a>"))
        #expect(SiteTestSupport.read(out + "/prd/vault.html").contains("<a href=\"../\(encoded)\"><bdi>決済チーム</bdi></a>"))
        #expect(SiteTestSupport.read(out + "/prd/vault.html").contains("href=\"../tags/%D8%AA%D8%AC%D8%B1%D8%A8%D8%A9.html\"><bdi>تجربة</bdi>"))
        #expect(SiteTestSupport.read(out + "/teams/決済チーム.html").contains("<h1>Team: <bdi>決済チーム</bdi></h1>"))
    }

    @Test func slugsOfAnyScriptStaySafeFileNames() {
        #expect(Slugger.base("決済 チーム") == "決済-チーム")
        #expect(Slugger.base("Équipe Paiements") == "équipe-paiements")
        #expect(Slugger.base("../\u{202E}evil/..") == "evil")
        #expect(Slugger.base("a\u{0}b\u{85}c\u{2028}d") == "a-b-c-d")
        #expect(Slugger.base("🚀") == "x")
        #expect(SitePath.isSafe("teams/決済チーム.html"))
        for bad in ["teams/a\u{202E}b.html", "teams/a\u{85}b.html", "teams/\u{2028}.html", "teams/a b.html", "../決済.html"] {
            #expect(!SitePath.isSafe(bad), "accepted \(bad)")
        }
        #expect(SitePath.href("teams/web.html") == "teams/web.html")
    }

    @Test func userTextIsDirectionIsolated() throws {
        let (temp, out) = try Self.build()
        defer { temp.remove() }
        let board = SiteTestSupport.read(out + "/index.html")
        #expect(board.contains("<dt>Owner</dt><dd><bdi class=\"owner\">רונית לוי</bdi></dd>"))
        #expect(board.contains("<h4 class=\"card__title\" dir=\"auto\">"))
        let objective = SiteTestSupport.read(out + "/objectives/grow.html")
        #expect(objective.contains("<h1 dir=\"auto\">تسريع الدفع</h1>"))
        #expect(objective.contains("<section class=\"prose\" aria-label=\"Summary\" dir=\"auto\">"))
        let backlog = SiteTestSupport.read(out + "/backlog/index.html")
        #expect(backlog.contains("<td data-label=\"Owner\"><bdi class=\"owner\">سارة علي</bdi></td>"))
    }

    @Test func backlogRanksOpenWorkOnlyAndTeamPagesFollowIt() throws {
        let (temp, out) = try Self.build()
        defer { temp.remove() }
        let backlog = SiteTestSupport.read(out + "/backlog/index.html")
        let rows = backlog.split(separator: "\n").filter { $0.hasPrefix("<tr><td") }.map(String.init)
        let order = rows.compactMap { row in ["wallets", "vault", "one-tap", "crypto", "old-flow"].first { row.contains("prd/\($0).html") } }
        #expect(order == ["wallets", "vault", "one-tap", "crypto", "old-flow"])
        #expect(rows[0].hasPrefix("<tr><td class=\"num\" data-label=\"Rank\">1</td>"))
        #expect(rows[2].hasPrefix("<tr><td class=\"num\" data-label=\"Rank\">3</td>"))
        #expect(rows[4].hasPrefix("<tr><td class=\"num\" data-label=\"Rank\"></td>"), "a shipped PRD has no rank")
        #expect(!SiteTestSupport.read(out + "/prd/old-flow.html").contains("in the backlog"))
        #expect(SiteTestSupport.read(out + "/prd/wallets.html").contains("Rank <a href=\"../backlog/index.html\">#1</a> in the backlog."))
        let team = SiteTestSupport.read(out + "/teams/決済チーム.html")
        let teamOrder = team.split(separator: "\n").filter { $0.hasPrefix("<tr><td") }
            .compactMap { row in ["wallets", "vault", "one-tap", "old-flow"].first { row.contains("prd/\($0).html") } }
        #expect(teamOrder == ["wallets", "vault", "one-tap", "old-flow"])
        #expect(SiteTestSupport.read(out + "/roadmap.json").contains("\"backlog\":[\"wallets\",\"vault\",\"one-tap\",\"crypto\",\"old-flow\"]"))
    }

    @Test func prdPagesListTransitiveDependents() throws {
        let (temp, out) = try Self.build()
        defer { temp.remove() }
        let vault = SiteTestSupport.read(out + "/prd/vault.html")
        #expect(vault.contains("<h2 id=\"dependents-title\">Needed by</h2>\n<ul class=\"links\"><li><a href=\"../prd/wallets.html\">"))
        #expect(vault.contains("<h3 id=\"indirect-title\">Needed through those</h3>\n<ul class=\"links\" aria-labelledby=\"indirect-title\"><li><a href=\"../prd/one-tap.html\">"))
        let wallets = SiteTestSupport.read(out + "/prd/wallets.html")
        #expect(!wallets.contains("Needed through those"))
    }

    @Test func objectivePageOpensWithSummaryAndOverallProgress() throws {
        let (temp, out) = try Self.build()
        defer { temp.remove() }
        let page = SiteTestSupport.read(out + "/objectives/grow.html")
        // kr1 is half way, kr2 all the way, kr3 has no data: 75% over the two measured.
        #expect(page.contains("<p class=\"overall__figure\"><strong>75%</strong> <span class=\"muted\">overall, the mean of the 2 of 3 key results with progress data</span></p>"))
        let summary = try #require(page.range(of: "Summary first"))
        let keyResults = try #require(page.range(of: "<h2 id=\"krs-title\">Key results</h2>"))
        #expect(summary.lowerBound < keyResults.lowerBound)
        // vault, wallets, old-flow count; the dropped crypto does not.
        #expect(page.contains("<dt>PRDs</dt><dd>3</dd>"))
        let list = SiteTestSupport.read(out + "/objectives.html")
        #expect(list.contains("3 PRDs · 75% overall"))
        // Key results of two objectives on one page keep distinct anchors.
        #expect(list.contains("id=\"kr-grow-kr1\"") && list.contains("id=\"kr-other-kr1\""))
        #expect(page.contains("id=\"kr-kr1\""))
    }
}
