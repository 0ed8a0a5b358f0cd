import Foundation
import RoadmapCore
import Testing

@Suite struct ReferenceDayTests {
    @Test func givenDayWinsThenSourceDateEpochThenTheClock() {
        let may4 = CalendarDate(iso: "2026-05-04")!
        let epoch = ["SOURCE_DATE_EPOCH": "1777896000"]  // 2026-05-04T12:00:00Z
        let clock = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28T20:26:40Z
        #expect(ReferenceDay.resolve(given: CalendarDate(iso: "2026-01-02"), environment: epoch, now: clock).description == "2026-01-02")
        #expect(ReferenceDay.resolve(given: nil, environment: epoch, now: clock) == may4)
        #expect(ReferenceDay.resolve(given: nil, environment: [:], now: clock).description == "2026-05-28")
        #expect(ReferenceDay.resolve(given: nil, environment: ["SOURCE_DATE_EPOCH": "soon"], now: clock).description == "2026-05-28")
    }

    @Test func unixTimesAreUTCDays() {
        #expect(CalendarDate(secondsSinceEpoch: 0)?.description == "1970-01-01")
        #expect(CalendarDate(secondsSinceEpoch: -1)?.description == "1969-12-31")
        #expect(CalendarDate(secondsSinceEpoch: 951_782_400)?.description == "2000-02-29")
        #expect(CalendarDate(secondsSinceEpoch: Int64.max) == nil)
    }
}
