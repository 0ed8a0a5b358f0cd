import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapReport
import RoadmapSources
import Testing

@Suite struct FeatureListTests {
    static func prd(_ id: String, _ fields: String) -> String {
        "---\nid: \(id)\n\(fields)\n---\n## Problem\nP.\n"
    }

    static let roadmap: Roadmap = {
        let files = [
            "okrs/grow.md": "---\nid: grow\ntitle: Grow\nkey_results:\n  - { id: kr1, title: One, baseline: 1, target: 2 }\n  - { id: kr2, title: Two, baseline: 1, target: 2 }\n---\n",
            "okrs/other.md": "---\nid: other\ntitle: Other\nkey_results:\n  - { id: kr1, title: One, baseline: 1, target: 2 }\n---\n",
            "prds/a.md": prd("a", "title: \"Cards, \\\"fast\\\"\"\nstatus: planned\nowner: Lena Vogel\nteam: payments\ntags: [web]\nquarter: 2026-Q3\ndue: 2026-09-01\nokrs: [grow/kr1]\nrice: { reach: 1000, impact: 2, confidence: 50%, effort: 1 }"),
            "prds/b.md": prd("b", "title: Onboarding\nstatus: idea\nowner: Sam Lee\nteam: Growth\ntags: [Web, mobile]\nhorizon: later\nrice: { reach: 100, impact: 1, confidence: 100%, effort: 2 }"),
            "prds/c.md": prd("c", "title: Vault\nstatus: shipped\nowner: Lena Park\nteam: payments\nquarter: 2026-Q2\ndue: 2026-06-01\nokrs: [grow]"),
            "prds/d.md": prd("d", "title: Events stream for every payment and refund in every region\nstatus: in-progress\nowner: Kim\nteam: platform\nquarter: 2026-Q3\nstart: 2026-07-01\ndue: 2026-08-01\nokrs: [grow/kr2, other/kr1]\ndepends_on: [c]\nrice: { reach: 5000, impact: 0.5, confidence: 80%, effort: 4 }"),
        ]
        return (try? RoadmapCompiler(source: InMemorySource(files: files)).compile().roadmap) ?? Roadmap(config: .init(), objectives: [], features: [])
    }()

    static func ids(_ build: (inout FeatureQuery) -> Void) -> [String] {
        var query = FeatureQuery()
        build(&query)
        return query.run(on: roadmap).map(\.id.rawValue)
    }

    @Test func filtersAreANDedAcrossKindsAndORedWithin() {
        #expect(Self.ids { _ in } == ["a", "b", "c", "d"])
        #expect(Self.ids { $0.statuses = ["planned", "in-progress"] } == ["a", "d"])
        #expect(Self.ids { $0.teams = ["growth"] } == ["b"])
        #expect(Self.ids { $0.teams = ["PAYMENTS"] } == ["a", "c"])
        #expect(Self.ids { $0.owners = ["lena"] } == ["a", "c"])
        #expect(Self.ids { $0.tags = ["web"] } == ["a", "b"])
        #expect(Self.ids { $0.quarters = [Quarter("2026-Q3")!] } == ["a", "d"])
        #expect(Self.ids { $0.horizons = [.later, .now] } == ["b"])
        #expect(Self.ids { $0.okrs = [OKRReference("grow")!] } == ["a", "c", "d"])
        #expect(Self.ids { $0.okrs = [OKRReference("grow/kr1")!] } == ["a"])
        #expect(Self.ids { $0.okrs = [OKRReference("other")!, OKRReference("grow/kr1")!] } == ["a", "d"])
        #expect(Self.ids { $0.statuses = ["planned", "shipped"]; $0.teams = ["payments"] } == ["a", "c"])
        #expect(Self.ids { $0.statuses = ["planned", "shipped"]; $0.teams = ["payments"]; $0.owners = ["park"] } == ["c"])
        #expect(Self.ids { $0.teams = ["nobody"] } == [])
    }

    @Test func sortOrders() {
        #expect(Self.ids { $0.sort = .rice } == ["a", "d", "b", "c"])
        #expect(Self.ids { $0.sort = .due } == ["c", "d", "a", "b"])
        #expect(Self.ids { $0.sort = .status } == ["b", "a", "d", "c"])
        #expect(Self.ids { $0.sort = .id } == ["a", "b", "c", "d"])
    }

    @Test func tableIsAligned() {
        #expect(FeatureTable(maxTitleWidth: 30).render(Self.roadmap.features) == """
            ID  TITLE                           STATUS       TEAM      OWNER       WHEN     DUE         RICE
            a   Cards, "fast"                   planned      payments  Lena Vogel  2026-Q3  2026-09-01  1000
            b   Onboarding                      idea         Growth    Sam Lee     later    -             50
            c   Vault                           shipped      payments  Lena Park   2026-Q2  2026-06-01     -
            d   Events stream for every payme…  in-progress  platform  Kim         2026-Q3  2026-08-01   500

            """)
        #expect(FeatureTable().render([]) == "")
        #expect(RICE.scoreText(2.66) == "2.66")
        #expect(RICE.scoreText(12) == "12")
        #expect(RICE.scoreText(3779.6) == "3779.6")
    }

    @Test func csvFollowsRFC4180() {
        let csv = FeatureListExport.csv(Self.roadmap.features.filter { ["a", "d"].contains($0.id.rawValue) })
        #expect(csv == "id,title,status,team,owner,quarter,horizon,start,due,rice_score,okrs,depends_on,tags,path\r\n"
            + "a,\"Cards, \"\"fast\"\"\",planned,payments,Lena Vogel,2026-Q3,,,2026-09-01,1000,grow/kr1,,web,prds/a.md\r\n"
            + "d,Events stream for every payment and refund in every region,in-progress,platform,Kim,2026-Q3,,2026-07-01,2026-08-01,500,grow/kr2;other/kr1,c,,prds/d.md\r\n")
    }

    @Test func jsonHasEveryField() throws {
        let json = FeatureListExport.json(Self.roadmap.features.filter { $0.id.rawValue == "b" })
        #expect(json == """
            {
              "schemaVersion": 2,
              "tool": "roadmap",
              "count": 1,
              "features": [
                {
                  "id": "b",
                  "title": "Onboarding",
                  "status": "idea",
                  "owner": "Sam Lee",
                  "team": "Growth",
                  "quarter": null,
                  "horizon": "later",
                  "start": null,
                  "due": null,
                  "okrs": [],
                  "dependsOn": [],
                  "tags": [
                    "Web",
                    "mobile"
                  ],
                  "rice": {
                    "reach": 100,
                    "impact": 1,
                    "confidence": 1,
                    "effort": 2,
                    "score": 50
                  },
                  "scores": {},
                  "path": "prds/b.md",
                  "hasErrors": false
                }
              ]
            }

            """)
        #expect(try JSONSerialization.jsonObject(with: Data(FeatureListExport.json(Self.roadmap.features).utf8)) is [String: Any])
    }
}

/// `roadmap list --sort SCORE` and the score columns of list's outputs.
@Suite struct ScoreListTests {
    static let config = """
        scores:
          ice:
            label: ICE
            formula: impact * confidence * ease
            inputs: {impact: [1, 10], confidence: [1, 10], ease: [1, 10]}

        """

    static func prd(_ id: String, ice: String?) -> String {
        """
        ---
        id: \(id)
        title: \(id.uppercased())
        status: idea
        owner: Sam
        rice: { reach: 10, impact: 1, confidence: 50%, effort: 1 }
        \(ice.map { "ice: \($0)" } ?? "")
        ---
        """
    }

    static func roadmap() throws -> Roadmap {
        let files = ["roadmap.yml": config,
                     "prds/d.md": prd("d", ice: "{impact: 2, confidence: 3, ease: 4}"),
                     "prds/b.md": prd("b", ice: "{impact: 4, confidence: 3, ease: 2}"),
                     "prds/a.md": prd("a", ice: nil),
                     "prds/c.md": prd("c", ice: "{impact: 10, confidence: 10, ease: 10}"),
                     "prds/e.md": prd("e", ice: "{impact: 1, confidence: 1}")]
        return try Roadmaps.compile(files).roadmap
    }

    @Test func sortedByScoreTiesByIdMissingLast() throws {
        var query = FeatureQuery()
        query.setSort("ice")
        // c 1000; b and d 24 (tie, by id); a none, e incomplete (none): by id after them.
        #expect(query.run(on: try Self.roadmap()).map(\.id.rawValue) == ["c", "b", "d", "a", "e"])
        query.setSort("rice")
        #expect(query.scoreSort == nil)
    }

    @Test func anUnknownSortIsAnErrorWithTheKnownOrders() throws {
        var query = FeatureQuery()
        query.setSort("icee")
        let unknown = query.unknownValues(in: try Self.roadmap(), suggest: Suggestion.closest)
        #expect(unknown.map(\.description) == ["--sort icee is neither an order nor a score of this roadmap; did you mean `ice`? use one of rice, due, status, id, ice"])
    }

    @Test func tableCSVAndJSONCarryTheScore() throws {
        let roadmap = try Self.roadmap()
        var query = FeatureQuery()
        query.setSort("ice")
        let features = query.run(on: roadmap)
        let table = FeatureTable().render(features, scores: roadmap.config.scores)
        let lines = table.split(separator: "\n")
        #expect(lines.first?.hasSuffix("RICE   ICE") == true)
        #expect(lines[1].hasSuffix("5  1000"))
        #expect(lines.last?.hasSuffix("5     -") == true)
        let csv = FeatureListExport.csv(features, scores: roadmap.config.scores)
        #expect(csv.hasPrefix("id,title,status,team,owner,quarter,horizon,start,due,rice_score,okrs,depends_on,tags,path,ice_score\r\n"))
        #expect(csv.contains("\r\nc,C,idea,,Sam,,,,,5,,,,prds/c.md,1000\r\n"))
        #expect(csv.contains("\r\na,A,idea,,Sam,,,,,5,,,,prds/a.md,\r\n"))
        let json = FeatureListExport.json(features)
        #expect(json.contains("\"scores\": {\n        \"ice\": 1000\n      }"))
        #expect(json.contains("\"scores\": {}"))
    }
}
