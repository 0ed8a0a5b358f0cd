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
                  "path": "prds/b.md",
                  "hasErrors": false
                }
              ]
            }

            """)
        #expect(try JSONSerialization.jsonObject(with: Data(FeatureListExport.json(Self.roadmap.features).utf8)) is [String: Any])
    }
}
