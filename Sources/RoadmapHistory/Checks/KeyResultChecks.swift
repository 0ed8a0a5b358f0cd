import RoadmapCore

/// The history checks of key results, for objectives whose period has not ended (or that have
/// none): a forecast below `okr_status.on_track` (RM970), and no check-in for more than
/// `checkin_every_days` (RM971, off unless set). Each points at the key result's id.
enum KeyResultChecks {
    static func findings(for roadmap: Roadmap, series: [String: KeyResultSeries], today: CalendarDate) -> [HistoryChecks.Finding] {
        let config = roadmap.config
        var found: [HistoryChecks.Finding] = []
        for objective in roadmap.objectives {
            if let period = objective.period, period.lastDay < today { continue }
            for kr in objective.keyResults {
                let reference = "\(objective.id)/\(kr.id)"
                let outlook = KeyResultOutlook(keyResult: kr, period: objective.period, series: series[reference], thresholds: config.okrStatus)
                if let forecast = outlook.forecast, let status = outlook.status, status != .onTrack, let percent = forecast.percentOfTarget,
                   let target = kr.target {
                    found.append(HistoryChecks.Finding(diagnostic: Diagnostic(
                        .keyResultProjectedToMiss,
                        "`\(reference)` is \(status.label): its check-ins project \(ValueText.number(forecast.projected)) by \(forecast.end), \(ValueText.number(percent.rounded()))% of the way to its target \(ValueText.number(target))",
                        at: kr.location,
                        help: "change the plan or the work, or set a target you can reach and say why in `note:`; \(forecast.points) check-ins in \(objective.period!) are fitted to a straight line (thresholds: `okr_status` in roadmap.yml)"),
                        field: nil))
                }
                if let every = config.checkinEveryDays {
                    let last = outlook.checkIns.last
                    let since = last?.day
                    if let since, HistoryTime.days(from: since, to: today) > every {
                        let days = HistoryTime.days(from: since, to: today)
                        found.append(HistoryChecks.Finding(diagnostic: Diagnostic(
                            .keyResultWithoutCheckIn,
                            "`\(reference)` has had no check-in for \(days) days (last on \(since), \(last!.commit.shortID) by \(last!.commit.authorName))",
                            at: kr.location,
                            help: "update its `current` (and `confidence`, `note`) in a commit; `checkin_every_days: \(every)` in roadmap.yml asks for one at least that often"),
                            field: nil))
                    }
                }
            }
        }
        return found
    }
}
