import Foundation
import Testing

/// `--audience`: a roadmap with confidential and internal items, hidden fields and a dropped
/// section, built and exported for the public as a user would (the built binary, a real
/// repository); every file written and every export is searched for what the public must not see.
@Suite struct AudienceLeakTests {
    /// What the public audience must never read, with where it comes from.
    static let secrets: [(text: String, why: String)] = [
        ("Vault Secret Project", "a confidential PRD's title"),
        ("vault-secret", "a confidential PRD's id"),
        ("Yolanda Hidden", "a confidential PRD's owner"),
        ("CONFIDENTIALBODY", "a confidential PRD's body"),
        ("hushhush", "a confidential PRD's tag"),
        ("Internal Tooling Thing", "an internal PRD's title"),
        ("internal-tool", "an internal PRD's id"),
        ("Secret Objective Title", "a confidential objective's title"),
        ("secret-objective", "a confidential objective's id"),
        ("Secret KR title", "a confidential key result's title"),
        ("Zelda Quux", "a public PRD's hidden owner"),
        ("Olga Ownerhidden", "a public objective's hidden owner"),
        ("98765", "a public PRD's hidden RICE reach"),
        ("4,321,000", "a public PRD's hidden extra field"),
        ("SECRETMARGIN", "a dropped section's text"),
        ("SECRETSUB", "a dropped section's subsection"),
        ("Move the vault", "the message of a commit that changed only a hidden PRD"),
        ("Ada Lovelace", "a commit author, hidden with owner"),
    ]

    static func workspace() throws -> Workspace {
        let ws = try Workspace()
        try ws.write("roadmap.yml", """
            title: Acme roadmap
            audiences:
              public: {show: [public], hide_fields: [owner, rice, budget], drop_sections: [Internal notes], say_hidden: true}
              leadership: {show: [public, internal]}

            """)
        try ws.write("okrs/grow.md", """
            ---
            id: grow-revenue
            title: Grow revenue
            owner: Olga Ownerhidden
            period: 2026-Q3
            visibility: public
            key_results:
              - id: kr1
                title: Checkout conversion
                baseline: 10
                target: 20
                current: 12
            ---

            Public objective text.

            """)
        try ws.write("okrs/secret.md", """
            ---
            id: secret-objective
            title: Secret Objective Title
            period: 2026-Q3
            visibility: confidential
            key_results:
              - id: kr1
                title: Secret KR title
                baseline: 1
                target: 2
            ---

            """)
        try ws.write("prds/checkout.md", """
            ---
            id: checkout-revamp
            title: Checkout revamp
            status: planned
            owner: Zelda Quux
            team: payments
            visibility: public
            due: 2026-09-30
            okrs: [grow-revenue/kr1, secret-objective/kr1]
            depends_on: [vault-secret]
            rice: {reach: 98765, impact: 2, confidence: 0.8, effort: 3}
            budget: "EUR 4,321,000"
            ---

            # Checkout revamp

            ## Problem

            Public problem text. See [the vault work](vault.md), [Vault Secret Project](./vault.md#scope), [the objective](../okrs/secret.md), and [ref text][v].

            [v]: vault.md

            ## Internal notes

            Margin impact is SECRETMARGIN 42%.

            ### Detail

            More SECRETSUB.

            ## Rollout

            Public rollout text, with [the public objective](../okrs/grow.md).

            """)
        try ws.write("prds/vault.md", """
            ---
            id: vault-secret
            title: Vault Secret Project
            status: in-progress
            owner: Yolanda Hidden
            team: security
            visibility: confidential
            tags: [hushhush]
            due: 2026-08-01
            okrs: [secret-objective]
            ---

            CONFIDENTIALBODY

            """)
        try ws.write("prds/internal.md", """
            ---
            id: internal-tool
            title: Internal Tooling Thing
            status: idea
            owner: Sam Internal
            depends_on: [checkout-revamp]
            okrs: [grow-revenue]
            ---

            Internal text.

            """)
        try ws.git("add", "-A")
        try ws.git("commit", "-q", "-m", "Add the roadmap")
        var vault = try #require(ws.read("prds/vault.md"))
        vault = vault.replacingOccurrences(of: "due: 2026-08-01", with: "due: 2026-10-01")
        try ws.write("prds/vault.md", vault)
        try ws.git("commit", "-q", "-am", "Move the vault work to October")
        var checkout = try #require(ws.read("prds/checkout.md"))
        checkout = checkout.replacingOccurrences(of: "status: planned", with: "status: in-progress")
        try ws.write("prds/checkout.md", checkout)
        try ws.git("commit", "-q", "-am", "Start the checkout work")
        return ws
    }

    /// Every file under `folder` (absolute), with its bytes as text.
    static func contents(under folder: String) -> [(path: String, text: String)] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var found: [(String, String)] = []
        while let item = enumerator?.nextObject() as? String {
            guard let data = FileManager.default.contents(atPath: folder + "/" + item) else { continue }
            found.append((item, String(decoding: data, as: UTF8.self)))
        }
        return found.sorted { $0.0 < $1.0 }
    }

    static func leaks(in outputs: [(path: String, text: String)]) -> [String] {
        var found: [String] = []
        for (path, text) in outputs {
            for secret in secrets where text.contains(secret.text) {
                found.append("\(path) shows \(secret.why) (\(secret.text))")
            }
        }
        return found
    }

    @Test func aPublicSiteAndEveryPublicExportShowNothingHidden() throws {
        let ws = try Self.workspace()
        let first = try ws.git("rev-list", "--max-parents=0", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        let build = try ws.roadmap("build", "--audience", "public", "--with-exports")
        #expect(build.status == 0, "\(build)")
        #expect(build.stdout.contains("_site-public/"), "\(build.stdout)")
        var outputs = Self.contents(under: ws.path("_site-public")).filter { $0.path != ".roadmap-manifest" }
        #expect(outputs.contains { $0.path == "feed.xml" } && outputs.contains { $0.path == "roadmap.ics" }
                && outputs.contains { $0.path == "search-index.json" || $0.path.hasSuffix(".json") })
        for (kind, extra) in [("ics", [String]()), ("markdown", ["--since", first]), ("markdown", ["--by", "status"]),
                              ("html", []), ("mermaid", [])] {
            let run = try CLI.run(try CLI.binary(), ["export", kind, "--audience", "public"] + extra, in: ws.root,
                                  environment: CLI.environment(home: ws.home))
            #expect(run.status == 0, "\(kind): \(run)")
            outputs.append(("export \(kind) \(extra.joined(separator: " "))", run.stdout + run.stderr))
        }
        for format in ["table", "json", "csv"] {
            let run = try ws.roadmap("list", "--audience", "public", "--format", format)
            #expect(run.status == 0, "\(run)")
            outputs.append(("list \(format)", run.stdout + run.stderr))
        }
        #expect(Self.leaks(in: outputs) == [])

        // What the public may see is there: the public items, the visible commit, the footer.
        let page = try #require(ws.read("_site-public/prd/checkout-revamp.html"))
        #expect(page.contains("Public problem text") && page.contains("Public rollout text"))
        #expect(page.contains("See the vault work, (not shown), the objective, and ref text."), "a link becomes its text, or (not shown) when the text names the item")
        #expect(!page.contains("Internal notes"), "the dropped heading goes with its section")
        #expect(!page.contains("<dt>Owner</dt>") && !page.contains("No RICE score yet"), "hidden fields leave no empty rows")
        #expect(page.contains("Public roadmap") && page.contains("2 PRDs and 1 objective are not shown."))
        #expect(try #require(ws.read("_site-public/changes.html")).contains("Start the checkout work"))
        #expect(try #require(ws.read("_site-public/roadmap.json")).contains("checkout-revamp"))
        #expect(ws.read("_site-public/prd/vault-secret.html") == nil)
        // The team's site, built alongside, has everything: the search above could find it.
        #expect(try ws.roadmap("build").status == 0)
        let team = Self.contents(under: ws.path("_site")).map(\.text).joined()
        #expect(Self.secrets.filter { !team.contains($0.text) }.map(\.text) == [])
    }

    @Test func noLinkOfThePublicSiteIsDangling() throws {
        let ws = try Self.workspace()
        #expect(try ws.roadmap("build", "--audience", "public", "--out", ws.base + "/public").status == 0)
        let site = ws.base + "/public"
        let link = try Regex(#"(?:href|src)="([^"]*)""#)
        var dangling: [String] = []
        var checked = 0
        for (path, text) in Self.contents(under: site) where path.hasSuffix(".html") {
            let folder = (path as NSString).deletingLastPathComponent
            for match in text.matches(of: link) {
                let target = String(match.output[1].substring ?? "")
                guard !target.isEmpty, !target.hasPrefix("#"), !target.contains(":"), !target.hasPrefix("/") else { continue }
                let file = String(target.prefix { $0 != "#" && $0 != "?" })
                let resolved = URL(fileURLWithPath: site + "/" + folder + "/" + file).standardizedFileURL.path
                checked += 1
                if !FileManager.default.fileExists(atPath: resolved) { dangling.append("\(path) -> \(target)") }
            }
        }
        #expect(checked > 100)
        #expect(dangling == [])
    }

    @Test func anotherAudienceSeesWhatItShows() throws {
        let ws = try Self.workspace()
        #expect(try ws.roadmap("build", "--audience", "leadership").status == 0)
        #expect(ws.read("_site-leadership/prd/internal-tool.html") != nil)
        #expect(ws.read("_site-leadership/prd/vault-secret.html") == nil)
        let page = try #require(ws.read("_site-leadership/prd/checkout-revamp.html"))
        // leadership hides no field or section, and may not be told what it does not see.
        #expect(page.contains("Zelda Quux") && page.contains("SECRETMARGIN") && page.contains("Leadership roadmap"))
        #expect(!page.contains("not shown."))
        let list = try ws.roadmap("list", "--audience", "leadership").stdout
        #expect(list.contains("internal-tool") && !list.contains("vault-secret"))
    }

    @Test func anUnknownAudienceIsAClearError() throws {
        let ws = try Self.workspace()
        for arguments in [["build", "--audience", "publik"], ["export", "ics", "--audience", "publik"],
                          ["list", "--audience", "publik"]] {
            let run = try CLI.run(try CLI.binary(), arguments, in: ws.root, environment: CLI.environment(home: ws.home))
            #expect(run.status == 2, "\(arguments): \(run)")
            #expect(run.stderr.contains("roadmap.yml has no audience `publik`; did you mean `public`? (audiences: public, leadership)"), "\(run.stderr)")
        }
        #expect(!ws.exists("_site-publik") && !ws.exists("_site"))
        let bare = try Workspace()
        try bare.write("roadmap.yml", "title: Plain\n")
        let run = try bare.roadmap("build", "--audience", "public")
        #expect(run.status == 2 && run.stderr.contains("roadmap.yml declares no audiences"), "\(run)")
    }
}
