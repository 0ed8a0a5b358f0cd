import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapSources

/// The roadmaps the exports are tried on: the project's sample, and a hostile one whose titles
/// hold HTML, line breaks, commas, semicolons, quotes, Mermaid punctuation and long non-ASCII text.
enum ExportFixtures {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func sample() throws -> Roadmap {
        let base = repoRoot.appendingPathComponent("sample-roadmap")
        var files: [String: String] = [:]
        let prefix = base.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        while let item = enumerator?.nextObject() as? URL {
            guard !item.hasDirectoryPath else { continue }
            files[String(item.standardizedFileURL.path.dropFirst(prefix.count))] = try String(contentsOf: item, encoding: .utf8)
        }
        return try compile(files)
    }

    /// Titles as they are after YAML: the exports must show them, literally, and break nothing.
    static let hostileTitles = [
        "script": "<script>alert(\"x\")</script> & <b>bold</b>",
        "punctuation": "Pay, split; refund: \\ back-slash # hash [brackets] (parens) {braces} `tick` 100% | pipe",
        "lines": "First line\nsecond line",
        "long": "Überweisungen für Zahlungsempfänger in Österreich, Fürstentum Liechtenstein und Schweiz — 日本語のタイトルも 🇨🇭🇦🇹 含む",
    ]

    static func hostile() throws -> Roadmap {
        func yaml(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        let files: [String: String] = [
            "roadmap.yml": "title: \(yaml("Acme <Roadmap>, \"2026\"; Q3 & more"))\n",
            "okrs/quote-okr.md": """
                ---
                id: quote-okr
                title: \(yaml("Grow \"revenue\"; <i>fast</i>, ok"))
                period: 2026-Q3
                owner: \(yaml("Zoë; O'Brien"))
                key_results:
                  - id: kr1
                    title: \(yaml("Checkout, <conversion>; rate"))
                    baseline: 10
                    target: 20
                    current: 15
                    unit: "%"
                ---

                # Grow

                """,
            "prds/script.md": prd("script", hostileTitles["script"]!, extra: "start: 2026-07-01\ndue: 2026-07-20\nokrs: [quote-okr/kr1]\n"),
            "prds/punctuation.md": prd("punctuation", hostileTitles["punctuation"]!, extra: "due: 2026-08-31\ndepends_on: [script]\n"),
            "prds/lines.md": prd("lines", hostileTitles["lines"]!, extra: "quarter: 2026-Q4\ndepends_on: [punctuation]\n"),
            "prds/long.md": prd("long", hostileTitles["long"]!, extra: "due: 2026-12-31\n"),
        ]
        return try compile(files)

        func prd(_ id: String, _ title: String, extra: String) -> String {
            """
            ---
            id: \(id)
            title: \(yaml(title))
            status: planned
            owner: \(yaml("Ann, \"the\" <owner>"))
            team: \(yaml("Pay; <ments>"))
            \(extra)---

            # \(id)

            ## Problem

            Text.

            """
        }
    }

    static func compile(_ files: [String: String]) throws -> Roadmap {
        try RoadmapCompiler(source: InMemorySource(files: files)).compile().roadmap
    }
}
