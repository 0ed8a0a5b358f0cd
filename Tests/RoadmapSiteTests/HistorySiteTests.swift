import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RoadmapCompiler
import RoadmapCore
import RoadmapHistory
import Testing
@testable import RoadmapSite

/// The site with a git history: timelines on item pages, the Changes page, the feed, slip counts.
@Suite struct HistorySiteTests {
    /// Four commits: creation, a status move with a quarter slip (by an author whose name needs
    /// escaping), a new PRD, and its shipping.
    static func history() -> RoadmapHistory {
        func commit(_ n: Int, _ author: String, _ time: Int64) -> CommitInfo {
            CommitInfo(id: String(repeating: String(n), count: 40), authorName: author, authorEmail: author.split(separator: " ").first.map { "\($0.lowercased())@example.com" } ?? "",
                       time: time, offsetMinutes: 60, summary: "commit \(n)", isMerge: false)
        }
        let commits = [
            commit(1, "Ana Ruiz", 1_768_039_200),  // 2026-01-10 10:00 UTC
            commit(2, "Bob & <Co>", 1_772_704_800),  // 2026-03-05 10:00 UTC
            commit(3, "Ana Ruiz", 1_775_124_000),  // 2026-04-02 10:00 UTC
            commit(4, "Ana Ruiz", 1_776_679_200),  // 2026-04-20 10:00 UTC
        ]
        let prd = Fixtures.id("one-page-checkout"), cards = Fixtures.id("saved-cards"), okr = Fixtures.id("grow-checkout")
        let changes = [
            ItemChange(commitIndex: 0, kind: .feature, id: prd, path: "prds/one-page-checkout.md",
                       events: [.created(path: "prds/one-page-checkout.md"), .statusChanged(from: nil, to: "idea"),
                                .quarterMoved(from: nil, to: Quarter("2026-Q2"))]),
            ItemChange(commitIndex: 0, kind: .objective, id: okr, path: "okrs/grow-checkout.md",
                       events: [.created(path: "okrs/grow-checkout.md")]),
            ItemChange(commitIndex: 1, kind: .feature, id: prd, path: "prds/one-page-checkout.md",
                       events: [.statusChanged(from: "idea", to: "in-progress"),
                                .quarterMoved(from: Quarter("2026-Q2"), to: Quarter("2026-Q3"))]),
            ItemChange(commitIndex: 2, kind: .feature, id: cards, path: "prds/saved-cards.md",
                       events: [.created(path: "prds/saved-cards.md"), .statusChanged(from: nil, to: "planned")]),
            ItemChange(commitIndex: 3, kind: .feature, id: cards, path: "prds/saved-cards.md",
                       events: [.statusChanged(from: "planned", to: "shipped")]),
        ]
        return RoadmapHistory(head: commits.last?.id, commits: commits, changes: changes, isShallow: false,
                              config: RoadmapConfig(title: "Acme Roadmap"))
    }

    static func build(history: RoadmapHistory?) throws -> (TempFolder, String) {
        let temp = TempFolder()
        let out = temp.path + "/site"
        _ = try SiteBuilder(roadmap: Fixtures.small(), diagnostics: Fixtures.smallDiagnostics(),
                            options: SiteTestSupport.options(output: out), bodyRenderer: EscapingBodyRenderer(),
                            history: history).build()
        return (temp, out)
    }

    @Test func prdPageShowsTimelineSlipAndEscapedAuthor() throws {
        let (temp, out) = try Self.build(history: Self.history())
        defer { temp.remove() }
        let page = SiteTestSupport.read(out + "/prd/one-page-checkout.html")
        #expect(page.contains("<h2 id=\"history-title\">History</h2>"))
        #expect(page.contains("<dt>Created</dt><dd><time datetime=\"2026-01-10\">2026-01-10</time> by <bdi class=\"owner\">Ana Ruiz</bdi> in <code>1111111</code></dd>"))
        // One commit, one line, one slip: the status move and the quarter slip together.
        #expect(page.contains("<li class=\"slip\"><time datetime=\"2026-03-05\">2026-03-05</time> status idea → in-progress, quarter 2026-Q2 → 2026-Q3 <strong class=\"slip-tag\">slip</strong> <span class=\"muted\">· <q dir=\"auto\">commit 2</q> · <code>2222222</code> · <bdi class=\"owner\">Bob &amp; &lt;Co&gt;</bdi></span></li>"))
        #expect(page.components(separatedBy: "class=\"slip-tag\"").count - 1 == 1)
        #expect(page.contains("<dt>Slips</dt><dd>1</dd>"))
        #expect(page.contains("<bdi class=\"contributor\">Ana Ruiz</bdi> <bdi class=\"contributor\">Bob &amp; &lt;Co&gt;</bdi>"))
        #expect(!page.contains("Bob & <Co>"))
        #expect(page.contains("last updated <time datetime=\"2026-04-20\">2026-04-20</time>"))
        #expect(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Acme Roadmap: roadmap changes\" href=\"../feed.xml\">"))
        let shipped = SiteTestSupport.read(out + "/prd/saved-cards.html")
        #expect(shipped.contains("<dt>Shipped</dt><dd><time datetime=\"2026-04-20\">2026-04-20</time></dd>"))
        let objective = SiteTestSupport.read(out + "/objectives/grow-checkout.html")
        #expect(objective.contains("<dt>Created</dt><dd><time datetime=\"2026-01-10\">2026-01-10</time> by <bdi class=\"owner\">Ana Ruiz</bdi>"))
        let index = SiteTestSupport.read(out + "/index.html")
        #expect(index.contains("last updated <time datetime=\"2026-04-20\">2026-04-20</time>"))
        #expect(index.contains("<a href=\"changes.html\">Changes</a>"))
    }

    @Test func backlogCountsSlips() throws {
        let (temp, out) = try Self.build(history: Self.history())
        defer { temp.remove() }
        let backlog = SiteTestSupport.read(out + "/backlog/index.html")
        #expect(backlog.contains(">Slips</th></tr>"))
        let row = backlog.split(separator: "\n").first { $0.contains("prd/one-page-checkout.html") }.map(String.init) ?? ""
        #expect(row.hasSuffix("<td class=\"num\" data-label=\"Slips\">1</td></tr>"))
        let other = backlog.split(separator: "\n").first { $0.contains("prd/saved-cards.html") }.map(String.init) ?? ""
        #expect(other.hasSuffix("<td class=\"num\" data-label=\"Slips\">0</td></tr>"))
    }

    @Test func changesPageListsMonthsAndQuarters() throws {
        let (temp, out) = try Self.build(history: Self.history())
        defer { temp.remove() }
        let page = SiteTestSupport.read(out + "/changes.html")
        #expect(page.contains("<h2 id=\"m-2026-04\">2026-04</h2>\n<p class=\"muted\">2 changes in 2 commits, 0 slips.</p>"))
        #expect(page.contains("<h2 id=\"m-2026-03\">2026-03</h2>\n<p class=\"muted\">1 change in 1 commit, 1 slip.</p>"))
        #expect(page.contains("<a href=\"prd/saved-cards.html\"><bdi>Saved cards</bdi> <code class=\"id\">saved-cards</code></a>: status planned → shipped <span class=\"muted\">· <q dir=\"auto\">commit 4</q> ·"))
        #expect(page.contains("<tr><th scope=\"row\">2026-Q2</th><td class=\"num\">2</td><td class=\"num\">2</td><td class=\"num\">0</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">2026-Q1</th><td class=\"num\">3</td><td class=\"num\">2</td><td class=\"num\">1</td></tr>"))
    }

    @Test func feedIsAtom() throws {
        let (temp, out) = try Self.build(history: Self.history())
        defer { temp.remove() }
        let data = try #require(FileManager.default.contents(atPath: out + "/feed.xml"))
        let reader = AtomReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        #expect(parser.parse(), "feed.xml is not well-formed: \(String(describing: parser.parserError))")
        #expect(reader.feed["id"] == "tag:roadmap,2026-01-10:" + String(repeating: "1", count: 40))
        #expect(reader.feed["title"] == "Acme Roadmap: roadmap changes")
        #expect(reader.feed["updated"] == "2026-04-20T11:00:00+01:00")
        #expect(reader.entries.count == 5)
        let newest = try #require(reader.entries.first)
        #expect(newest["title"] == "Saved cards (saved-cards): status planned → shipped")
        #expect(reader.entries.contains { $0["title"] == "One-page checkout (one-page-checkout): status idea → in-progress, quarter 2026-Q2 → 2026-Q3 (slip)" })
        #expect(newest["updated"] == "2026-04-20T11:00:00+01:00")
        #expect(newest["link"] == "/prd/saved-cards.html")
        #expect(newest["id"] == "tag:roadmap,2026-01-10:\(String(repeating: "1", count: 40))/\(String(repeating: "4", count: 40))/saved-cards")
        #expect(reader.entries.contains { $0["name"] == "Bob & <Co>" })
        for entry in reader.entries {
            for element in ["id", "title", "updated", "link"] { #expect(entry[element]?.isEmpty == false, "entry lacks \(element)") }
        }
        #expect(Set(reader.entries.compactMap { $0["id"] }).count == 5)
    }

    @Test func noHistoryMeansNoHistoryParts() throws {
        let (temp, out) = try Self.build(history: nil)
        defer { temp.remove() }
        #expect(!FileManager.default.fileExists(atPath: out + "/changes.html"))
        #expect(!FileManager.default.fileExists(atPath: out + "/feed.xml"))
        #expect(!SiteTestSupport.read(out + "/backlog/index.html").contains("Slips"))
        #expect(!SiteTestSupport.read(out + "/index.html").contains("last updated"))
    }

    @Test func sameHistoryGivesSameBytes() throws {
        let (a, outA) = try Self.build(history: Self.history())
        let (b, outB) = try Self.build(history: Self.history())
        defer { a.remove(); b.remove() }
        for file in ["feed.xml", "changes.html", "prd/one-page-checkout.html", "backlog/index.html"] {
            #expect(SiteTestSupport.read(outA + "/" + file) == SiteTestSupport.read(outB + "/" + file), "\(file) differs")
        }
    }

    @Test func feedEscapesMarkup() {
        #expect(AtomFeed.escape("a & <b> \"c\" 'd'\u{1}") == "a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;")
        #expect(AtomFeed.tagSpecific("abc/x y") == "abc/x%20y")
    }
}

/// Collects the feed's and each entry's child elements (text, or a link's href).
final class AtomReader: NSObject, XMLParserDelegate {
    var feed: [String: String] = [:]
    var entries: [[String: String]] = []
    private var inEntry = false
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        text = ""
        if name == "entry" { inEntry = true; entries.append([:]) }
        if name == "link", inEntry, attributes["rel"] == "alternate" { entries[entries.count - 1]["link"] = attributes["href"] }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "entry" { inEntry = false; return }
        guard ["id", "title", "updated", "name"].contains(name) else { return }
        if inEntry { entries[entries.count - 1][name] = text } else { feed[name] = text }
    }
}
