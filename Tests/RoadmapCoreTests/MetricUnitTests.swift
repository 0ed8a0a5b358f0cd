import RoadmapCore
import Testing

/// Each formatting rule of `MetricUnit`, against expectations written by hand.
@Suite struct MetricUnitTests {
    private func text(_ value: Double, _ unit: String?) -> String { MetricUnit(unit).text(value) }

    @Test func countsGroupThousandsAndKeepPrecisionBySize() {
        #expect(text(12400, nil) == "12,400")
        #expect(text(1_234_567, "") == "1,234,567")
        #expect(text(999, nil) == "999")
        #expect(text(1234.56, nil) == "1,235")
        #expect(text(42.25, nil) == "42.3")
        #expect(text(4.256, nil) == "4.26")
        #expect(text(0.5, nil) == "0.5")
        #expect(text(-12400, nil) == "-12,400")
        #expect(text(-0.001, nil) == "0")
    }

    @Test func percentIsAttachedWithUpToTwoDecimals() {
        #expect(text(64, "%") == "64%")
        #expect(text(99.95, "%") == "99.95%")
        #expect(text(12.5, "percent") == "12.5%")
        #expect(text(40, "% of payers") == "40% of payers")
        #expect(text(104.333, "%") == "104.33%")
    }

    @Test func currenciesBySymbolOrCodeWithWholeLargeAmounts() {
        #expect(text(1_200_000, "EUR") == "€1,200,000")
        #expect(text(1234.56, "USD") == "$1,235")
        #expect(text(12.5, "GBP") == "£12.50")
        #expect(text(12, "eur") == "€12")
        #expect(text(99.99, "USD") == "$99.99")
        #expect(text(1500.5, "JPY") == "¥1,501")
        #expect(text(12.4, "JPY") == "¥12")
        #expect(text(250_000, "CHF") == "CHF 250,000")
        #expect(text(-4200, "EUR") == "-€4,200")
        #expect(text(1.5, "KWD") == "KWD 1.500")
    }

    @Test func threeLetterWordsThatAreNotCurrenciesStayAsWritten() {
        #expect(MetricUnit("ARR") == .other("ARR"))
        #expect(text(1200, "MAU") == "1,200 MAU")
    }

    @Test func durationsKeepHowTheyWereWritten() {
        #expect(text(1200, "ms") == "1,200 ms")
        #expect(text(2.5, "s") == "2.5 s")
        #expect(text(0.25, "sec") == "0.25 s")
        #expect(text(3, "days") == "3 days")
        #expect(text(1, "days") == "1 day")
        #expect(text(14.25, "d") == "14.3 d")
        #expect(text(1, "hours") == "1 hour")
        #expect(text(36.5, "h") == "36.5 h")
        #expect(text(45, "Minutes") == "45 minutes")
        #expect(text(2, "weeks") == "2 weeks")
    }

    @Test func scoresAreSignedWithoutPercent() {
        #expect(text(42, "NPS") == "+42")
        #expect(text(-5, "nps") == "-5")
        #expect(text(0, "NPS") == "0")
        #expect(text(12.25, "eNPS") == "+12.3")
        #expect(text(-0.01, "NPS") == "0")
    }

    @Test func multipliersAndRatios() {
        #expect(text(2.5, "x") == "2.5×")
        #expect(text(3, "×") == "3×")
        #expect(text(0.4251, "ratio") == "0.425")
        #expect(text(1, "ratio") == "1")
    }

    @Test func otherUnitsFollowTheNumberAsWritten() {
        #expect(text(1340, "accounts") == "1,340 accounts")
        #expect(text(4.5, " stars ") == "4.5 stars")
        #expect(text(3, "<b>\"x\"</b>") == "3 <b>\"x\"</b>")
    }

    @Test func nonFiniteValuesDoNotCrash() {
        #expect(text(.infinity, "EUR") == "∞")
        #expect(text(.nan, "%") == "n/a")
        #expect(text(1e300, nil) == DecimalText.format(1e300))
    }

    @Test func keyResultsUseTheirUnit() {
        let kr = KeyResult(id: "kr1", title: "NPS", baseline: 12, target: 40, current: 31, unit: "NPS",
                           location: SourceLocation(path: "okrs/a.md", line: 1))
        #expect(kr.text(31) == "+31")
        #expect(kr.metricUnit == .score(name: "NPS"))
    }
}
