import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapHistory
import Testing
@testable import RoadmapSite

/// History told the way a stakeholder reads it: one line and one slip per commit, moves and id
/// changes on a PRD's page, key-result check-ins with units and `period` on an objective's page,
/// titles and commit subjects on the Changes page, a page left behind at a former id, and the
/// history checks on the Health page.
@Suite struct StakeholderHistoryTests {
    static func commit(_ n: Int, _ time: Int64, _ summary: String) -> CommitInfo {
        CommitInfo(id: String(repeating: String(n), count: 40), authorName: "رنا حداد", authorEmail: "rana@example.com",
                   time: time, offsetMinutes: 0, summary: summary, isMerge: false)
    }

    /// `one-page-checkout` started life as `quick-checkout` in another folder, slipped quarter and
    /// due in one commit, and the objective checked in its first key result.
    static func history() -> RoadmapHistory {
        let commits = [
            commit(1, 1_768_039_200, "Plan quick checkout"),          // 2026-01-10
            commit(2, 1_772_704_800, "Checkout slips: the PSP API is late"), // 2026-03-05
            commit(3, 1_775_124_000, "Rename and move checkout"),      // 2026-04-02
            commit(4, 1_776_679_200, "Weekly KR check-in"),           // 2026-04-20
        ]
        let old = Fixtures.id("quick-checkout"), prd = Fixtures.id("one-page-checkout"), okr = Fixtures.id("grow-checkout")
        let changes = [
            ItemChange(commitIndex: 0, kind: .feature, id: old, path: "prds/quick-checkout.md",
                       events: [.created(path: "prds/quick-checkout.md"), .statusChanged(from: nil, to: "planned"),
                                .quarterMoved(from: nil, to: Quarter("2026-Q2")), .dueMoved(from: nil, to: CalendarDate(iso: "2026-06-26"))]),
            ItemChange(commitIndex: 0, kind: .objective, id: okr, path: "okrs/grow-checkout.md",
                       events: [.created(path: "okrs/grow-checkout.md"), .quarterMoved(from: nil, to: Quarter("2026-Q2"))]),
            ItemChange(commitIndex: 1, kind: .feature, id: old, path: "prds/quick-checkout.md",
                       events: [.quarterMoved(from: Quarter("2026-Q2"), to: Quarter("2026-Q3")),
                                .dueMoved(from: CalendarDate(iso: "2026-06-26"), to: CalendarDate(iso: "2026-09-25"))]),
            ItemChange(commitIndex: 1, kind: .objective, id: okr, path: "okrs/grow-checkout.md",
                       events: [.quarterMoved(from: Quarter("2026-Q2"), to: Quarter("2026-Q3"))]),
            ItemChange(commitIndex: 2, kind: .feature, id: prd, path: "prds/checkout/one-page-checkout.md",
                       events: [.moved(from: "prds/quick-checkout.md", to: "prds/checkout/one-page-checkout.md"),
                                .idChanged(from: old, to: prd)]),
            ItemChange(commitIndex: 3, kind: .objective, id: okr, path: "okrs/grow-checkout.md",
                       events: [.keyResultProgressed("kr1", from: 62, to: 64), .keyResultRetargeted("kr2", from: 50, to: 45)]),
        ]
        return RoadmapHistory(head: commits.last?.id, commits: commits, changes: changes, isShallow: false,
                              config: RoadmapConfig(title: "Acme Roadmap"))
    }

    static func build() throws -> (TempFolder, String) {
        let temp = TempFolder()
        let out = temp.path + "/site"
        _ = try SiteBuilder(roadmap: Fixtures.small(), diagnostics: [], options: SiteTestSupport.options(output: out),
                            bodyRenderer: EscapingBodyRenderer(), history: history()).build()
        return (temp, out)
    }

    @Test func prdHistoryShowsOneSlipPerCommitAndItsMovesAndIds() throws {
        let (temp, out) = try Self.build()
        defer { temp.remove() }
        let page = SiteTestSupport.read(out + "/prd/one-page-checkout.html")
        #expect(page.contains("<li class=\"slip\"><time datetime=\"2026-03-05\">2026-03-05</time> quarter 2026-Q2 → 2026-Q3, due 2026-06-26 → 2026-09-25 <strong class=\"slip-tag\">slip</strong> <span class=\"muted\">· <q dir=\"auto\">Checkout slips: the PSP API is late</q> ·"))
        #expect(page.components(separatedBy: "class=\"slip-tag\"").count - 1 == 1)
        #expect(!page.contains("(slip)"))
        #expect(page.contains("<dt>Slips</dt><dd>1</dd>"))
        #expect(page.contains("2026-04-02</time> moved prds/quick-checkout.md → prds/checkout/one-page-checkout.md, id quick-checkout → one-page-checkout <span"))
        #expect(page.contains("<bdi class=\"owner\">رنا حداد</bdi>"))
    }

    @Test func objectiveHistoryShowsKeyResultsWithUnitsAndPeriod() throws {
        let (temp, out) = try Self.build()
        defer { temp.remove() }
        let page = SiteTestSupport.read(out + "/objectives/grow-checkout.html")
        #expect(page.contains("2026-04-20</time> kr1 current 62% → 64%, kr2 target 50 s → 45 s <span"))
        #expect(page.contains("2026-03-05</time> period 2026-Q2 → 2026-Q3 <strong class=\"slip-tag\">slip</strong>"))
        #expect(!page.contains("quarter 2026-Q2"))
    }

    @Test func changesPageNamesItemsByTitleWithTheCommitSubject() throws {
        let (temp, out) = try Self.build()
        defer { temp.remove() }
        let page = SiteTestSupport.read(out + "/changes.html")
        #expect(page.contains("<a href=\"objectives/grow-checkout.html\"><bdi>Make checkout effortless</bdi> <code class=\"id\">grow-checkout</code></a>: kr1 current 62% → 64%, kr2 target 50 s → 45 s <span class=\"muted\">· <q dir=\"auto\">Weekly KR check-in</q> · <code>4444444</code>"))
        // A change made under the former id names the item by its title now and links to its page.
        #expect(page.contains("<a href=\"prd/one-page-checkout.html\"><bdi>One-page checkout</bdi> <code class=\"id\">quick-checkout</code></a>: quarter 2026-Q2 → 2026-Q3, due 2026-06-26 → 2026-09-25 <strong class=\"slip-tag\">slip</strong>"))
        #expect(!page.contains("(slip)"))
    }

    @Test func aFormerIdLeavesAPageThatRedirectsToTheNewOne() throws {
        let (temp, out) = try Self.build()
        defer { temp.remove() }
        let page = SiteTestSupport.read(out + "/prd/quick-checkout.html")
        #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=../prd/one-page-checkout.html\">"))
        #expect(page.contains("<code class=\"id\">quick-checkout</code> is now <a href=\"../prd/one-page-checkout.html\"><bdi>One-page checkout</bdi></a> (<code class=\"id\">one-page-checkout</code>)."))
        #expect(page.contains("<link rel=\"canonical\" href=\"../prd/one-page-checkout.html\">"))
        // No page is left for ids that never changed, and a current item is never overwritten.
        #expect(!FileManager.default.fileExists(atPath: out + "/prd/grow-checkout.html"))
        #expect(SiteTestSupport.read(out + "/prd/one-page-checkout.html").contains("<h1 dir=\"auto\">One-page checkout</h1>"))
    }

    @Test func healthShowsHistoryChecksWhenTheBuildMinesHistory() throws {
        let (temp, out) = try Self.build()
        defer { temp.remove() }
        let health = SiteTestSupport.read(out + "/health.html")
        #expect(health.contains("<h2 id=\"history-checks-title\">History checks"))
        #expect(health.contains("<h2 id=\"slipped-title\">Open PRDs that slipped <span class=\"column__count\">1</span></h2>"))
        #expect(health.contains("<a href=\"prd/one-page-checkout.html\"><bdi>One-page checkout</bdi></a>"))
        let (plain, plainOut) = try HistorySiteTests.build(history: nil)
        defer { plain.remove() }
        #expect(!SiteTestSupport.read(plainOut + "/health.html").contains("History checks"))
    }

    @Test func staleWorkIsReportedOnTheHealthPage() throws {
        // In progress since 2026-01-10, and the newest commit is more than stale_after_days later.
        let commits = [Self.commit(1, 1_768_039_200, "Start"), Self.commit(2, 1_776_679_200, "Other work")]
        let prd = Fixtures.id("one-page-checkout"), other = Fixtures.id("gift-cards")
        let history = RoadmapHistory(
            head: commits.last?.id, commits: commits,
            changes: [ItemChange(commitIndex: 0, kind: .feature, id: prd, path: "prds/one-page-checkout.md",
                                 events: [.created(path: "prds/one-page-checkout.md"), .statusChanged(from: nil, to: "in-progress")]),
                      ItemChange(commitIndex: 1, kind: .feature, id: other, path: "prds/gift-cards.md", events: [.edited])],
            isShallow: false, config: RoadmapConfig(title: "Acme Roadmap"))
        let temp = TempFolder()
        defer { temp.remove() }
        _ = try SiteBuilder(roadmap: Fixtures.small(), diagnostics: [], options: SiteTestSupport.options(output: temp.path),
                            bodyRenderer: EscapingBodyRenderer(), history: history).build()
        let health = SiteTestSupport.read(temp.path + "/health.html")
        #expect(health.contains("<code>RM950</code> `one-page-checkout` is in-progress but no commit has touched it for 100 days"))
    }
}
