import RoadmapCore
import RoadmapHistory
import Testing

/// `roadmap log` and `diff` words: key-result numbers in their unit, bare counts grouped.
@Suite struct ChangeTextUnitTests {
    private let words = ChangeText(units: ["love/nps": "NPS", "keep/expansion": "EUR", "fast/ttfv": "days", "keep/csat": "%"])
    private func text(_ objective: String, _ event: HistoryEvent) -> String {
        words.event(event, item: ItemID(objective)!, kind: .objective)
    }

    @Test func checkInsReadInTheirUnit() {
        #expect(text("love", .keyResultProgressed("nps", from: -2, to: 4)) == "nps current -2 → +4")
        #expect(text("keep", .keyResultProgressed("expansion", from: 566_000, to: 577_500)) == "expansion current €566,000 → €577,500")
        #expect(text("fast", .keyResultProgressed("ttfv", from: 2.5, to: 1)) == "ttfv current 2.5 days → 1 day")
        #expect(text("keep", .keyResultRetargeted("csat", from: 88, to: 90.5)) == "csat target 88% → 90.5%")
        #expect(text("keep", .keyResultProgressed("csat", from: nil, to: 81)) == "csat current none → 81%")
        // A key result without a unit (or one the roadmap no longer has) is a count.
        #expect(text("gone", .keyResultProgressed("kr1", from: 12000, to: 12400)) == "kr1 current 12,000 → 12,400")
    }
}
