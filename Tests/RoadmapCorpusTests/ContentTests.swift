import Foundation
import Testing
@testable import RoadmapCorpus

@Suite struct ContentTests {
    @Test(arguments: Fixture.all) func keyResultsHaveNumbersAndMoveSomewhere(_ fixture: Fixture) {
        var falling = 0
        for objective in fixture.parsed.objectives {
            #expect(Checks.isQuarter(objective.fields["period"] ?? ""))
            let lines = objective.frontMatter.split(separator: "\n").map(String.init)
            func values(_ key: String) -> [Double] {
                lines.filter { $0.hasPrefix("    \(key): ") }.compactMap { Double($0.dropFirst(key.count + 6)) }
            }
            let baselines = values("baseline"), targets = values("target"), currents = values("current")
            let count = lines.filter { $0.hasPrefix("  - id: ") }.count
            #expect((2...5).contains(count))
            #expect(baselines.count == count && targets.count == count && currents.count == count)
            for (b, t) in zip(baselines, targets) {
                #expect(b != t)
                if t < b { falling += 1 }
            }
            #expect(lines.filter { $0.hasPrefix("    unit: \"") && $0.hasSuffix("\"") }.count == count)
        }
        #expect(falling > 0, "some key results should fall")
    }

    @Test(arguments: Fixture.all) func relativeLinksResolveAndExternalOnesAreHTTPS(_ fixture: Fixture) {
        let corpus = fixture.parsed
        var relative = 0
        for prd in corpus.prds {
            for link in Checks.links(prd.body) {
                if link.hasPrefix("https://") { continue }
                relative += 1
                #expect(corpus.files[Checks.resolve(link, from: prd.path)] != nil, "\(prd.path) links to missing \(link)")
            }
        }
        #expect(relative > 0)
    }

    @Test(arguments: Fixture.all) func filesAreClean(_ fixture: Fixture) {
        for file in fixture.files {
            #expect(!file.contents.contains("\t"), "\(file.path) has a tab")
            #expect(file.contents.hasSuffix("\n"))
            #expect(!file.contents.contains("{"  + "feature}"), "unfilled slot in \(file.path)")
            for line in file.contents.split(separator: "\n") {
                #expect(!line.hasPrefix("<<<<<<<") && !line.hasPrefix("=======") && !line.hasPrefix(">>>>>>>"), "\(file.path)")
            }
        }
    }

    /// The corpus should exercise what a Markdown pipeline meets in real PRDs.
    @Test func bodiesUseVariedMarkdown() {
        let bodies = Fixture.plain.parsed.prds.map(\.body)
        func count(_ predicate: (String) -> Bool) -> Int { bodies.filter(predicate).count }
        #expect(count { $0.contains("\n| --- |") } > 10)
        #expect(count { $0.contains("```json\n") } > 5)
        #expect(count { $0.contains("```swift\n") } > 5)
        #expect(count { $0.contains("```sql\n") } > 5)
        #expect(count { $0.contains("\n  - ") } > 10)
        #expect(count { $0.contains("\n1. ") } > 100)
        #expect(count { $0.contains("](https://") } > 10)
        #expect(count { $0.contains("](../") } > 10)
        #expect(count { $0.contains("**") } > 100)
        #expect(count { $0.contains("`") } > 100)
        let statuses = Set(Fixture.plain.parsed.prds.compactMap { $0.fields["status"] })
        #expect(statuses == Set(Checks.statuses))
    }

    @Test func templatesUseOnlyKnownSlots() {
        for bank in Sentences.all {
            #expect(!bank.isEmpty)
            for template in bank { #expect(template.isWellFormed) }
        }
        #expect(!Template("Hello {nope}").isWellFormed)
    }
}
