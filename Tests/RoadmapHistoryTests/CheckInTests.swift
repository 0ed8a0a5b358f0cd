import RoadmapCompiler
import RoadmapCore
import RoadmapHistory
import RoadmapHistoryMiner
import RoadmapSources
import Testing

/// Key-result check-ins mined from scripted repositories, their forecasts and statuses, and the
/// history checks RM970 and RM971.
@Suite struct CheckInTests {
    /// An objective with one key result; `kr` holds the key result's lines after `id`.
    static func objective(id: String = "grow-nps", period: String = "2026-Q3", krID: String = "kr1",
                          baseline: Double = 20, target: Double = 40, current: Double?, extra: String = "", body: String = "") -> String {
        var kr = "  - id: \(krID)\n    title: NPS from \(Int(baseline)) to \(Int(target))\n    baseline: \(baseline)\n    target: \(target)\n"
        if let current { kr += "    current: \(current)\n" }
        return "---\nid: \(id)\ntitle: Grow NPS\nperiod: \(period)\nkey_results:\n\(kr)\(extra)---\n\(body)\n"
    }

    static func series(_ repo: HistoryRepo) throws -> [String: KeyResultSeries] {
        KeyResultSeries.collect(try repo.mine().history)
    }

    static func compile(_ repo: HistoryRepo) throws -> Roadmap {
        try RoadmapCompiler(source: try repo.location().commit("HEAD")).compile().roadmap
    }

    /// June (outside 2026-Q3), then three check-ins in the quarter and a body edit that is none.
    static func risingRepo() throws -> HistoryRepo {
        let repo = try HistoryRepo()
        try repo.write("okrs/grow-nps.md", objective(current: 10))
        try repo.commit("Add NPS objective", on: "2026-06-15")
        try repo.write("okrs/grow-nps.md", objective(current: 20))
        try repo.commit("NPS July", on: "2026-07-01", by: "Bob")
        try repo.write("okrs/grow-nps.md", objective(current: 24, extra: "    confidence: 7\n    note: \"Survey wave 1\"\n"))
        try repo.commit("NPS wave 1", on: "2026-07-31", by: "Carol")
        try repo.write("okrs/grow-nps.md", objective(current: 24, extra: "    confidence: 7\n    note: \"Survey wave 1\"\n", body: "More words."))
        try repo.commit("Only the body", on: "2026-08-10")
        try repo.write("okrs/grow-nps.md", objective(current: 26, extra: "    confidence: 6\n    note: \"Survey wave 1\"\n"))
        try repo.commit("NPS August", on: "2026-08-30", by: "Bob")
        return repo
    }

    @Test func everyCommitThatChangesCurrentConfidenceOrNoteIsACheckIn() throws {
        let repo = try Self.risingRepo()
        let series = try #require(try Self.series(repo)["grow-nps/kr1"])
        func line(_ c: KeyResultCheckIn) -> String {
            let value = c.value.map { "\($0)" } ?? "-", confidence = c.confidence.map { "\($0)" } ?? "-"
            return "\(c.day) \(c.commit.authorName) \(value) \(confidence) \(c.note ?? "-")"
        }
        #expect(series.checkIns.map(line) == [
            "2026-06-15 Alice 10.0 - -",
            "2026-07-01 Bob 20.0 - -",
            "2026-07-31 Carol 24.0 7.0 Survey wave 1",
            "2026-08-30 Bob 26.0 6.0 Survey wave 1",
        ])
    }

    /// By hand: x = days since 2026-07-01 → (0, 20), (30, 24), (60, 26); the June check-in is
    /// outside the period. Mean x 30, mean y 70/3; Sxx 1800, Sxy 180 → slope 0.1, intercept
    /// 70/3 − 3; the quarter's last day is x = 91 → 70/3 − 3 + 9.1 = 29.4333…; progress
    /// (29.4333 − 20) / 20 = 0.4717: off track.
    @Test func forecastOfARisingKeyResultByHand() throws {
        let repo = try Self.risingRepo()
        let roadmap = try Self.compile(repo)
        let outlook = try #require(KeyResultOutlook.all(roadmap, series: try Self.series(repo))["grow-nps/kr1"])
        let forecast = try #require(outlook.forecast)
        #expect(forecast.points == 3)
        #expect(abs(forecast.slope - 0.1) < 1e-9)
        let projected: Double = 70.0 / 3 - 3 + 9.1
        #expect(abs(forecast.projected - projected) < 1e-9)
        #expect(forecast.end == CalendarDate(iso: "2026-09-30"))
        let progress = try #require(forecast.projectedProgress)
        #expect(abs(progress - (projected - 20) / 20) < 1e-9)
        #expect(outlook.status == .offTrack)
    }

    /// Lower is better: baseline 900, target 300; (0, 900), (30, 700) → slope −20/3 a day, at
    /// x = 91: 900 − 606.67 = 293.33, progress (293.33 − 900) / (300 − 900) = 1.0111: on track.
    @Test func forecastOfAFallingKeyResultByHand() throws {
        let repo = try HistoryRepo()
        try repo.write("okrs/grow-nps.md", Self.objective(baseline: 900, target: 300, current: 900))
        try repo.commit("Start", on: "2026-07-01")
        try repo.write("okrs/grow-nps.md", Self.objective(baseline: 900, target: 300, current: 700))
        try repo.commit("Faster", on: "2026-07-31")
        let outlook = try #require(KeyResultOutlook.all(try Self.compile(repo), series: try Self.series(repo))["grow-nps/kr1"])
        let forecast = try #require(outlook.forecast)
        let projected: Double = 900 - 200.0 / 30 * 91
        #expect(abs(forecast.projected - projected) < 1e-9)
        let progress = try #require(forecast.projectedProgress)
        let expected: Double = (projected - 900) / (300 - 900)
        #expect(abs(progress - expected) < 1e-9)
        #expect(outlook.status == .onTrack)
    }

    @Test func tooFewCheckInsInThePeriodGiveAReasonNotAForecast() throws {
        let repo = try HistoryRepo()
        try repo.write("okrs/grow-nps.md", Self.objective(current: 10))
        try repo.commit("Start", on: "2026-06-01")
        try repo.write("okrs/grow-nps.md", Self.objective(current: 22))
        try repo.commit("One in the quarter", on: "2026-07-15")
        let outlook = try #require(KeyResultOutlook.all(try Self.compile(repo), series: try Self.series(repo))["grow-nps/kr1"])
        #expect(outlook.checkIns.count == 2)
        #expect(outlook.forecast == nil)
        #expect(outlook.status == nil)
        #expect(outlook.noForecastReason == "only one check-in inside the objective's period; a forecast needs two")
    }

    /// The period moved from Q2 to Q3: the forecast is for the period as it is now, so Q2's
    /// check-ins are outside it.
    @Test func anObjectiveWhosePeriodChangedForecastsItsNewPeriod() throws {
        let repo = try HistoryRepo()
        try repo.write("okrs/grow-nps.md", Self.objective(period: "2026-Q2", current: 20))
        try repo.commit("Start", on: "2026-04-01")
        try repo.write("okrs/grow-nps.md", Self.objective(period: "2026-Q2", current: 30))
        try repo.commit("Q2 check-in", on: "2026-05-01")
        try repo.write("okrs/grow-nps.md", Self.objective(period: "2026-Q3", current: 30))
        try repo.commit("Move to Q3", on: "2026-06-20")
        #expect(KeyResultOutlook.all(try Self.compile(repo), series: try Self.series(repo))["grow-nps/kr1"]?.noForecastReason
                == "no check-in inside the objective's period yet; a forecast needs two")
        try repo.write("okrs/grow-nps.md", Self.objective(period: "2026-Q3", current: 31))
        try repo.commit("Q3 1", on: "2026-07-01")
        try repo.write("okrs/grow-nps.md", Self.objective(period: "2026-Q3", current: 32))
        try repo.commit("Q3 2", on: "2026-07-11")
        let forecast = try #require(KeyResultOutlook.all(try Self.compile(repo), series: try Self.series(repo))["grow-nps/kr1"]?.forecast)
        #expect(forecast.points == 2)
        let projected: Double = 31 + 0.1 * 91
        #expect(abs(forecast.projected - projected) < 1e-9)
    }

    /// A key result renamed in place (same position, same title) keeps its check-ins, and so does
    /// one whose objective file and id were renamed.
    @Test func renamedKeyResultsAndObjectivesKeepTheirSeries() throws {
        let repo = try HistoryRepo()
        try repo.write("okrs/grow-nps.md", Self.objective(current: 20))
        try repo.commit("Start", on: "2026-07-01")
        try repo.write("okrs/grow-nps.md", Self.objective(krID: "nps", current: 22))
        try repo.commit("Name the key result", on: "2026-07-10")
        try repo.delete("okrs/grow-nps.md")
        try repo.write("okrs/promoters.md", Self.objective(id: "promoters", krID: "nps", current: 25))
        try repo.commit("Rename the objective", on: "2026-07-20")
        let all = try Self.series(repo)
        let series = try #require(all["promoters/nps"])
        #expect(series.checkIns.compactMap(\.value) == [20, 22, 25])
        #expect(series.formerIDs == ["kr1"])
        #expect(all["grow-nps/kr1"] == nil)
        // A new title as well as a new id is a different key result: its series starts again.
        try repo.write("okrs/promoters.md", Self.objective(id: "promoters", krID: "csat", baseline: 1, target: 5, current: 3))
        try repo.commit("Replace the key result", on: "2026-07-25")
        #expect(try Self.series(repo)["promoters/csat"]?.checkIns.compactMap(\.value) == [3])
    }

    @Test func statusThresholds() {
        let thresholds = OKRStatusThresholds(onTrack: 0.9, atRisk: 0.7)
        #expect(OKRStatus(projectedProgress: 0.9, thresholds: thresholds) == .onTrack)
        #expect(OKRStatus(projectedProgress: 0.8999, thresholds: thresholds) == .atRisk)
        #expect(OKRStatus(projectedProgress: 0.7, thresholds: thresholds) == .atRisk)
        #expect(OKRStatus(projectedProgress: 0.69, thresholds: thresholds) == .offTrack)
        #expect(OKRStatus.of(objective: [.onTrack, nil, .atRisk]) == .atRisk)
        #expect(OKRStatus.of(objective: [nil, nil]) == nil)
    }

    static func check(_ repo: HistoryRepo, today: String) throws -> [Diagnostic] {
        let location = try repo.location()
        let source = try location.commit("HEAD")
        let compiled = try RoadmapCompiler(source: source).compile()
        let history = try HistoryMiner(location: location, config: compiled.roadmap.config, cacheFile: nil).mine().history
        return HistoryChecks.diagnostics(for: compiled.roadmap, history: history, today: CalendarDate(iso: today)!)
    }

    @Test func projectedMissIsReportedAtTheKeyResultsID() throws {
        let repo = try Self.risingRepo()
        let found = try Self.check(repo, today: "2026-09-01")
        #expect(found.map { "\($0.code.rawValue) \($0.severity.rawValue) \($0.location!.path):\($0.location!.line):\($0.location!.column) \($0.message)" } == [
            "RM970 warning okrs/grow-nps.md:6:9 `grow-nps/kr1` is off track: its check-ins project 29.43 by 2026-09-30, 47% of the way to its target 40",
        ])
        // Once the period is over the check stops: the forecast is history by then.
        #expect(try Self.check(repo, today: "2026-10-01").isEmpty)
    }

    @Test func keyResultWithoutRecentCheckInIsReportedWhenAsked() throws {
        let repo = try HistoryRepo()
        try repo.write("roadmap.yml", "checkin_every_days: 14\n")
        try repo.write("okrs/grow-nps.md", Self.objective(current: 20))
        try repo.commit("Start", on: "2026-07-01")
        let first = String(try repo.git("rev-parse", "HEAD").prefix(7))
        try repo.write("okrs/grow-nps.md", Self.objective(current: 20, body: "Words only."))
        try repo.commit("Body", on: "2026-07-10")
        #expect(try Self.check(repo, today: "2026-07-15").isEmpty)
        let found = try Self.check(repo, today: "2026-07-16")
        #expect(found.map { "\($0.code.rawValue) \($0.location!.path):\($0.location!.line):\($0.location!.column) \($0.message)" } == [
            "RM971 okrs/grow-nps.md:6:9 `grow-nps/kr1` has had no check-in for 15 days (last on 2026-07-01, \(first) by Alice)",
        ])
        try repo.write("roadmap.yml", "")
        try repo.commit("Off again", on: "2026-07-16")
        #expect(try Self.check(repo, today: "2026-07-16").isEmpty)
    }
}
