import Foundation
import Testing

/// `roadmap export` and `roadmap build --with-exports`, run as a user would, in a repository
/// whose commits have fixed times (so DTSTAMP is known).
@Suite struct ExportCommandTests {
    static let kinds = ["ics", "markdown", "html", "mermaid"]

    /// A repository holding the sample roadmap, committed once.
    static func sampleWorkspace() throws -> Workspace {
        let ws = try Workspace()
        let sample = InstallTests.repoRoot + "/sample-roadmap"
        let enumerator = FileManager.default.enumerator(atPath: sample)
        while let item = enumerator?.nextObject() as? String {
            var folder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: sample + "/" + item, isDirectory: &folder), !folder.boolValue else { continue }
            try ws.write(item, try String(contentsOfFile: sample + "/" + item, encoding: .utf8))
        }
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "sample")
        return ws
    }

    /// A roadmap whose titles hold HTML, line breaks, commas, semicolons, quotes and Mermaid punctuation.
    static func hostileWorkspace() throws -> Workspace {
        let ws = try Workspace()
        try ws.write("roadmap.yml", "title: \"Acme <b>Roadmap</b>, \\\"Q3\\\"; more\"\n")
        try ws.write("okrs/okr.md", """
            ---
            id: okr
            title: "Grow \\"revenue\\"; <i>fast</i>, ok"
            period: 2026-Q3
            key_results:
              - id: kr1
                title: "Checkout, <conversion>; rate"
                baseline: 10
                target: 20
                current: 15
            ---

            # Grow

            """)
        let titles = [
            ("script", "<script>alert(1)</script>, \\\"quoted\\\"; semi", "start: 2026-07-01\ndue: 2026-07-20\nokrs: [okr/kr1]\n"),
            ("lines", "Two\\nlines # [x] (y) `z` 50%", "due: 2026-08-31\ndepends_on: [script]\n"),
        ]
        for (id, title, extra) in titles {
            try ws.write("prds/\(id).md", "---\nid: \(id)\ntitle: \"\(title)\"\nstatus: planned\nowner: \"Ann, <owner>\"\nteam: \"Pay; <x>\"\n\(extra)---\n\n# \(id)\n\n## Problem\n\nText.\n")
        }
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "hostile")
        return ws
    }

    @Test func everyExportIsByteIdenticalAcrossRunsOnTheSampleAndAHostileRoadmap() throws {
        for ws in [try Self.sampleWorkspace(), try Self.hostileWorkspace()] {
            for kind in Self.kinds {
                let first = try ws.roadmap("export", kind)
                let second = try ws.roadmap("export", kind)
                #expect(first.status == 0, "\(kind): \(first)")
                #expect(!first.stdout.isEmpty)
                #expect(first.stdout == second.stdout, "\(kind)")
                // --out writes exactly what standard output shows.
                try ws.roadmap("export", kind, "--out", ws.base + "/out.\(kind)")
                #expect(FileManager.default.contents(atPath: ws.base + "/out.\(kind)") == Data(first.stdout.utf8))
            }
            #expect(try ws.roadmap("export", "ics").stdout.contains("\r\nDTSTAMP:20260301T100000Z\r\n"))
        }
    }

    @Test func hostileTitlesAreEscapedInEveryExport() throws {
        let ws = try Self.hostileWorkspace()
        let ics = try ws.roadmap("export", "ics").stdout
        #expect(ics.contains("SUMMARY:Due: <script>alert(1)</script>\\, \"quoted\"\\; semi\r\n"))
        #expect(ics.contains("SUMMARY:Due: Two\\nlines # [x] (y) `z` 50%\r\n"))
        let md = try ws.roadmap("export", "markdown").stdout
        #expect(!md.contains("<script>") && md.contains("\\<script\\>alert(1)\\</script\\>"))
        let html = try ws.roadmap("export", "html").stdout
        #expect(!html.contains("<script") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;, &quot;quoted&quot;; semi"))
        let mermaid = try ws.roadmap("export", "mermaid").stdout
        #expect(mermaid.contains("#lt;script#gt;alert#40;1#41;#lt;/script#gt;, #quot;quoted#quot;#59; semi :active, 2026-07-01, 2026-07-20\n"))
    }

    @Test func refAndSinceReadOtherRevisions() throws {
        let ws = try Self.hostileWorkspace()
        let before = try ws.roadmap("export", "ics").stdout
        let text = try #require(ws.read("prds/lines.md"))
        try ws.write("prds/lines.md", text.replacingOccurrences(of: "due: 2026-08-31", with: "due: 2026-09-30"))
        try ws.git("commit", "-q", "-am", "slip")
        #expect(try ws.roadmap("export", "ics", "--ref", "HEAD~1").stdout == before)
        #expect(try ws.roadmap("export", "ics").stdout.contains("DTSTART;VALUE=DATE:20260930\r\n"))
        let md = try ws.roadmap("export", "markdown", "--since", "HEAD~1")
        #expect(md.status == 0, "\(md)")
        #expect(md.stdout.contains("## Roadmap changes `"))
        #expect(md.stdout.contains("2026-08-31") && md.stdout.contains("2026-09-30"))
        // A day names the last commit before it began, as in `roadmap diff`: here the newest.
        let sinceDay = try ws.roadmap("export", "markdown", "--since", "2999-01-01")
        #expect(sinceDay.status == 0 && sinceDay.stdout.contains("## Roadmap changes `"), "\(sinceDay)")
        #expect(!sinceDay.stdout.contains("2026-08-31"), "nothing changed since the last commit")
        let bad = try ws.roadmap("export", "markdown", "--since", "no-such-rev")
        #expect(bad.status == 2 && bad.stderr.contains("--since no-such-rev"), "\(bad)")
        #expect(try ws.roadmap("export", "html", "--since", "HEAD~1").status != 0)
        #expect(try ws.roadmap("export", "ics", "--by", "status").status != 0)
        let byStatus = try ws.roadmap("export", "markdown", "--by", "status").stdout
        #expect(byStatus.contains("\n## PRDs by status\n\n### planned\n"))
    }

    @Test func pdfWithoutChromiumNamesThePackage() throws {
        let ws = try Self.hostileWorkspace()
        let result = try ws.roadmap("export", "pdf", "--out", ws.base + "/r.pdf", env: ["ROADMAP_CHROMIUM": ws.base + "/no-chromium"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("apt-get install chromium"))
        #expect(!FileManager.default.fileExists(atPath: ws.base + "/r.pdf"))
        let noOut = try ws.roadmap("export", "pdf")
        #expect(noOut.status != 0 && noOut.stderr.contains("--out"), "\(noOut)")
    }

    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(.enabled(if: chromium != nil, "Chromium is not installed (apt-get install chromium)"), .timeLimit(.minutes(2)))
    func pdfIsPrintedByChromium() throws {
        let ws = try Self.sampleWorkspace()
        let result = try ws.roadmap("export", "pdf", "--out", ws.base + "/roadmap.pdf", env: ["ROADMAP_CHROMIUM": try #require(Self.chromium)])
        #expect(result.status == 0, "\(result)")
        let pdf = try #require(FileManager.default.contents(atPath: ws.base + "/roadmap.pdf"))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        #expect(pdf.count > 2000)
        // Dated by the commit, not the clock: a second print is the same file.
        #expect(String(decoding: pdf, as: UTF8.self).contains("/CreationDate (D:20260301100000+00'00')"))
        try ws.roadmap("export", "pdf", "--out", ws.base + "/again.pdf", env: ["ROADMAP_CHROMIUM": try #require(Self.chromium)])
        #expect(FileManager.default.contents(atPath: ws.base + "/again.pdf") == pdf)
    }

    @Test func buildWithExportsPutsTheCalendarAndSummaryIntoTheSite() throws {
        let ws = try Self.sampleWorkspace()
        let built = try ws.roadmap("build", "--with-exports", "--out", ws.base + "/site")
        #expect(built.status == 0, "\(built)")
        let site = ws.base + "/site/"
        let ics = try String(contentsOfFile: site + "roadmap.ics", encoding: .utf8)
        #expect(ics == (try ws.roadmap("export", "ics").stdout))
        let md = try String(contentsOfFile: site + "roadmap.md", encoding: .utf8)
        #expect(md == (try ws.roadmap("export", "markdown").stdout))
        let index = try String(contentsOfFile: site + "index.html", encoding: .utf8)
        #expect(index.contains("<a href=\"roadmap.ics\" type=\"text/calendar\""))
        let page = try String(contentsOfFile: site + "prd/card-vault.html", encoding: .utf8)
        #expect(page.contains("<a href=\"../roadmap.ics\""))
        // Without the flag the site has neither file nor link.
        let plain = try ws.roadmap("build", "--out", ws.base + "/plain")
        #expect(plain.status == 0)
        #expect(!FileManager.default.fileExists(atPath: ws.base + "/plain/roadmap.ics"))
        #expect(!(try String(contentsOfFile: ws.base + "/plain/index.html", encoding: .utf8)).contains("roadmap.ics"))
        // Rebuilding without the flag removes them.
        #expect(try ws.roadmap("build", "--out", ws.base + "/site").status == 0)
        #expect(!FileManager.default.fileExists(atPath: site + "roadmap.ics"))
        #expect(!(try String(contentsOfFile: site + "index.html", encoding: .utf8)).contains("roadmap.ics"))
    }
}
