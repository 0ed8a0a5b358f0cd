import Testing
@testable import RoadmapCorpus

@Suite struct PrimitiveTests {
    /// Reference values of SplitMix64 from seed 0, as published with the algorithm.
    @Test func splitMixMatchesTheReference() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(rng.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func boundedDrawsStayInRange() {
        var rng = SplitMix64(seed: 3)
        for _ in 0..<1000 {
            #expect((0..<7).contains(rng.below(7)))
            #expect((5...9).contains(rng.within(5...9)))
        }
        #expect(Set(rng.distinct(5, below: 5)) == [0, 1, 2, 3, 4])
        #expect(rng.below(0) == 0)
    }

    @Test func daysConvertBothWays() {
        #expect(Day(year: 1970, month: 1, day: 1).ordinal == 0)
        #expect(Day(year: 2025, month: 1, day: 6).ordinal * 86_400 == History.startTime)
        #expect(Day(year: 2024, month: 2, day: 28).adding(days: 1).iso == "2024-02-29")
        #expect(Day(year: 2025, month: 2, day: 28).adding(days: 1).iso == "2025-03-01")
        #expect(Day(year: 2026, month: 12, day: 31).adding(days: 1).iso == "2027-01-01")
        for ordinal in stride(from: 19_000, to: 22_000, by: 7) {
            let (y, m, d) = Day(ordinal: ordinal).civil
            #expect(Day(year: y, month: m, day: d).ordinal == ordinal)
        }
    }

    @Test func quartersCount() {
        let q = QuarterIndex(year: 2026, number: 4)
        #expect(q.text == "2026-Q4")
        #expect(QuarterIndex(value: q.value + 1).text == "2027-Q1")
        #expect(q.firstDay.iso == "2026-10-01")
    }

    @Test func slugsAndNumbers() {
        var registry = IDRegistry()
        #expect(registry.claim("Bulk CSV import for admins") == "bulk-csv-import-for-admins")
        #expect(registry.claim("Bulk CSV import  for admins!") == "bulk-csv-import-for-admins-2")
        #expect(IDRegistry.slug("--") == "item")
        #expect(Tenths.text(25) == "2.5")
        #expect(Tenths.text(30) == "3")
        #expect(Slot.grouped(1_234_567) == "1,234,567")
        #expect(Slot.grouped(999) == "999")
    }

    @Test func wrappingNeverStartsALineWithAMarker() {
        let text = (1...60).map { $0 % 5 == 0 ? "12." : "word" }.joined(separator: " ")
        let lines = Prose.wrap(text).split(separator: "\n")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { !$0.hasPrefix("12.") })
    }

    @Test func specClampsNonsense() {
        let spec = CorpusSpec(prds: -3, objectives: -1, teams: 0, seed: 1, commits: -5)
        #expect(spec.prds == 0 && spec.objectives == 0 && spec.teams == 1 && spec.commits == 0)
        #expect(CorpusGenerator(spec: spec).files().map(\.path) == ["roadmap.yml"])
    }
}
