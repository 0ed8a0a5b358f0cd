import Foundation
import RoadmapCore
import Testing
@testable import RoadmapExport

@Suite struct ICalendarExportTests {
    static let stamp: Int64 = 1_772_359_200  // 2026-03-01T10:00:00Z

    static func export(_ roadmap: Roadmap) -> String {
        ICalendarExport(stamp: stamp, domain: ICalendarExport.domain(for: roadmap.config), generator: "roadmap test").render(roadmap)
    }

    /// The events the roadmap should produce: (UID, day, summary), by UID.
    static func expected(_ roadmap: Roadmap, domain: String) -> [(uid: String, day: String, summary: String)] {
        var events: [(uid: String, day: String, summary: String)] = []
        for f in roadmap.features {
            if let start = f.start { events.append(("prd.\(f.id).start@\(domain)", start.description, "Starts: " + f.title)) }
            if let due = f.due { events.append(("prd.\(f.id).due@\(domain)", due.description, "Due: " + f.title)) }
        }
        for o in roadmap.objectives {
            if let period = o.period { events.append(("objective.\(o.id).period-end@\(domain)", period.lastDay.description, "Objective ends: " + o.title)) }
        }
        return events.sorted { $0.uid < $1.uid }
    }

    static func checkParsed(_ roadmap: Roadmap) throws {
        let ics = export(roadmap)
        let parsed = try PythonICalendar.parse(ics)
        #expect(parsed.version == "2.0")
        #expect(parsed.calscale == "GREGORIAN")
        #expect(parsed.prodid == "-//roadmap//roadmap test//EN")
        let domain = ICalendarExport.domain(for: roadmap.config)
        let want = expected(roadmap, domain: domain)
        let got = parsed.events.sorted { $0.uid < $1.uid }
        #expect(got.count == want.count)
        #expect(!want.isEmpty)
        for (event, wanted) in zip(got, want) {
            #expect(event.uid == wanted.uid)
            #expect(event.start == wanted.day, "\(event.uid)")
            // All-day: the exclusive end is the next day.
            let day = try #require(CalendarDate(iso: wanted.day))
            #expect(event.end == ICalendarText.nextDay(day).description)
            #expect(event.summary == wanted.summary)
            #expect(event.stamp == "2026-03-01T10:00:00+00:00")
        }
    }

    @Test(.enabled(if: PythonICalendar.available, "python3 cannot import icalendar (scripts/install-deps.sh installs it)"))
    func sampleParsesWithItsDates() throws {
        let roadmap = try ExportFixtures.sample()
        #expect(roadmap.features.contains { $0.start != nil } && roadmap.objectives.contains { $0.period != nil })
        try Self.checkParsed(roadmap)
    }

    @Test(.enabled(if: PythonICalendar.available, "python3 cannot import icalendar (scripts/install-deps.sh installs it)"))
    func hostileTitlesComeBackIntact() throws {
        let roadmap = try ExportFixtures.hostile()
        try Self.checkParsed(roadmap)
        let parsed = try PythonICalendar.parse(Self.export(roadmap))
        let summaries = Set(parsed.events.map(\.summary))
        for title in ExportFixtures.hostileTitles.values where roadmap.features.contains(where: { $0.title == title && $0.due != nil }) {
            #expect(summaries.contains("Due: " + title))
        }
        #expect(parsed.events.contains { $0.description.contains("Ann, \"the\" <owner>") })
    }

    @Test func linesEndInCRLFAndFoldAt75OctetsWithoutSplittingACharacter() throws {
        let ics = Self.export(try ExportFixtures.hostile())
        let bytes = Array(ics.utf8)
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        for (i, b) in bytes.enumerated() where b == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D) }
        let lines = bytes.split(separator: 0x0A).map { Array($0.dropLast()) }
        for line in lines {
            #expect(line.count <= 75)
            // Each physical line is valid UTF-8 on its own: no multi-byte character was cut.
            #expect(String(validating: line, as: UTF8.self) != nil, "\(line)")
        }
        // The long non-ASCII title was folded, and unfolds to the escaped content line.
        let long = try #require(ExportFixtures.hostileTitles["long"])
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("\r\nSUMMARY:Due: " + ICalendarText.escape(long) + "\r\n"))
        #expect(!ics.contains("SUMMARY:Due: " + long))
        #expect(lines.contains { $0.first == 0x20 })
    }

    @Test func foldsExactlyAtTheLimit() {
        let ascii = String(repeating: "a", count: 75)
        #expect(ICalendarText.fold(ascii) == ascii + "\r\n")
        #expect(ICalendarText.fold(ascii + "b") == ascii + "\r\n b\r\n")
        // 74 ASCII octets then a 3-octet character: it moves whole to the next line.
        let cut = String(repeating: "a", count: 74) + "日"
        #expect(ICalendarText.fold(cut) == String(repeating: "a", count: 74) + "\r\n 日\r\n")
    }

    @Test func escapesTextPerRFC5545() {
        #expect(ICalendarText.escape("a,b;c\\d\ne\r\nf\rg") == "a\\,b\\;c\\\\d\\ne\\nf\\ng")
        #expect(ICalendarText.escape("tab\there\u{7}bell") == "tab\there" + "bell")
        #expect(ICalendarText.escape("Zoë: \"quoted\"") == "Zoë: \"quoted\"")
    }

    @Test func stampsAreUTCDateTimes() {
        #expect(ICalendarText.utcDateTime(Self.stamp) == "20260301T100000Z")
        #expect(ICalendarText.utcDateTime(0) == "19700101T000000Z")
        #expect(ICalendarText.utcDateTime(-1) == "19691231T235959Z")
        #expect(ICalendarText.utcDateTime(951_782_400 + 86_399) == "20000229T235959Z")
    }

    @Test func uidsAreStableAndScopedToTheRoadmap() throws {
        var config = RoadmapConfig()
        config.title = "Acme Roadmap"
        #expect(ICalendarExport.domain(for: config) == "acme-roadmap.roadmap.invalid")
        config.baseURL = "https://Roadmap.Acme.example:8443/plan/"
        #expect(ICalendarExport.domain(for: config) == "roadmap.acme.example")
        let a = Self.export(try ExportFixtures.sample()), b = Self.export(try ExportFixtures.sample())
        #expect(a == b)
        #expect(a.contains("UID:prd.card-vault.due@fernway-product-roadmap.roadmap.invalid\r\n"))
    }
}
