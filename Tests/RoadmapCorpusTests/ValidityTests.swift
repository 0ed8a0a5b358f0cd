import Foundation
import Testing
@testable import RoadmapCorpus

@Suite struct ValidityTests {
    @Test(arguments: Fixture.all) func countsAndConfig(_ fixture: Fixture) {
        let corpus = fixture.parsed
        #expect(corpus.objectives.count == fixture.spec.objectives)
        #expect(corpus.prds.count == fixture.spec.prds)
        #expect(fixture.files.count == 1 + fixture.spec.objectives + fixture.spec.prds)
        #expect(corpus.files["roadmap.yml"] == """
            title: Acme Product Roadmap
            statuses: [idea, discovery, planned, in-progress, shipped, dropped]
            required_sections: [Problem, Success metrics]

            """)
        #expect(fixture.files.map(\.path) == fixture.files.map(\.path).sorted())
    }

    @Test(arguments: Fixture.all) func idsAreUniqueWellFormedAndNameTheirFiles(_ fixture: Fixture) {
        let corpus = fixture.parsed
        let ids = (corpus.objectives + corpus.prds).compactMap { $0.fields["id"] }
        #expect(ids.count == fixture.spec.objectives + fixture.spec.prds)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy(Checks.isID))
        for objective in corpus.objectives { #expect(objective.path == "okrs/\(objective.fields["id"] ?? "").md") }
        for prd in corpus.prds {
            #expect(prd.path == "prds/\(prd.fields["team"] ?? "")/\(prd.fields["id"] ?? "").md")
        }
        #expect(Set(corpus.prds.compactMap { $0.fields["team"] }).count <= fixture.spec.teams)
    }

    @Test(arguments: Fixture.all) func dependenciesExistAndFormNoCycle(_ fixture: Fixture) {
        let corpus = fixture.parsed
        let ids = Set(corpus.prds.compactMap { $0.fields["id"] })
        var graph: [String: [String]] = [:]
        for prd in corpus.prds {
            let id = prd.fields["id"] ?? ""
            graph[id] = prd.list("depends_on")
            #expect(prd.list("depends_on").allSatisfy { ids.contains($0) && $0 != id })
        }
        #expect(graph.values.contains { !$0.isEmpty })
        #expect(Checks.isAcyclic(graph))
        // In generation order every dependency comes earlier, which is what rules out cycles.
        let world = World(spec: fixture.spec, evolving: fixture.spec.commits > 1)
        for prd in world.prds { #expect(prd.dependsOn.allSatisfy { $0 < prd.index }) }
    }

    @Test(arguments: Fixture.all) func okrReferencesResolveAndCoverEveryKeyResult(_ fixture: Fixture) {
        let corpus = fixture.parsed
        let keyResults = corpus.keyResults
        var moved: Set<String> = []
        for prd in corpus.prds {
            for reference in prd.list("okrs") {
                let parts = reference.split(separator: "/").map(String.init)
                #expect(keyResults[parts[0]] != nil, "\(reference) in \(prd.path)")
                if parts.count == 2 { #expect(keyResults[parts[0]]?.contains(parts[1]) == true, "\(reference)") }
                moved.insert(reference)
            }
            if ["planned", "in-progress"].contains(prd.fields["status"] ?? "") { #expect(!prd.list("okrs").isEmpty) }
        }
        for (objective, krs) in keyResults {
            #expect(krs == (1...krs.count).map { "kr\($0)" })
            for kr in krs { #expect(moved.contains("\(objective)/\(kr)"), "\(objective)/\(kr) is moved by no PRD") }
        }
    }

    @Test(arguments: Fixture.all) func bodiesHaveRequiredSectionsAndSizes(_ fixture: Fixture) {
        let corpus = fixture.parsed
        var total = 0
        for prd in corpus.prds {
            let headings = Checks.h2(prd.body)
            #expect(headings.contains("Problem") && headings.contains("Success metrics"), "\(prd.path)")
            #expect(headings.count >= 5)
            let sizes = fixture.spec.shape == .largeBodies ? 50_000...110_000 : 1024...10240
            #expect(sizes.contains(prd.body.utf8.count), "\(prd.path): \(prd.body.utf8.count) bytes")
            #expect(prd.body.hasPrefix("\n# \(prd.fields["title"] ?? "")\n"))
            total += prd.body.utf8.count
        }
        let mean = total / max(1, corpus.prds.count)
        let means = fixture.spec.shape == .largeBodies ? 60_000...90_000 : 3000...6000
        #expect(means.contains(mean), "mean body \(mean) bytes")
    }

    @Test(arguments: Fixture.all) func schedulesAndStatusesAreValid(_ fixture: Fixture) {
        for prd in fixture.parsed.prds {
            let f = prd.fields
            #expect(Checks.statuses.contains(f["status"] ?? ""), "\(prd.path)")
            #expect((f["quarter"] == nil) != (f["horizon"] == nil), "\(prd.path) needs exactly one of quarter and horizon")
            if let quarter = f["quarter"] { #expect(Checks.isQuarter(quarter)) }
            if let horizon = f["horizon"] { #expect(["now", "next", "later"].contains(horizon)) }
            let start = f["start"].map(Checks.date)
            let due = f["due"].map(Checks.date)
            if let start { #expect(start != nil, "\(prd.path) start") }
            if let due { #expect(due != nil, "\(prd.path) due") }
            if let s = start ?? nil, let d = due ?? nil { #expect(s <= d, "\(prd.path) due before start") }
            #expect(f["owner"]?.isEmpty == false && f["title"]?.isEmpty == false)
        }
    }

    @Test(arguments: Fixture.all) func riceIsPresentWhereExpectedAndInRange(_ fixture: Fixture) throws {
        for prd in fixture.parsed.prds {
            let done = ["shipped", "dropped"].contains(prd.fields["status"] ?? "")
            guard let rice = prd.fields["rice"] else {
                #expect(done, "\(prd.path) lacks RICE")
                continue
            }
            var values: [String: String] = [:]
            for pair in rice.trimmingCharacters(in: CharacterSet(charactersIn: "{} ")).components(separatedBy: ", ") {
                let kv = pair.components(separatedBy: ": ")
                values[kv[0]] = kv[1]
            }
            #expect(["3", "2", "1", "0.5", "0.25"].contains(values["impact"] ?? ""))
            #expect((Double(values["effort"] ?? "") ?? 0) > 0)
            #expect((Double(values["reach"] ?? "") ?? -1) >= 0)
            let confidence = values["confidence"] ?? ""
            let fraction = confidence.hasSuffix("%") ? (Double(confidence.dropLast()) ?? -1) / 100 : Double(confidence) ?? -1
            #expect((0...1).contains(fraction), "\(prd.path) confidence \(confidence)")
        }
    }
}
