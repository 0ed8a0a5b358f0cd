import RoadmapCore

/// The roadmap's changes within one month or quarter, for a "Changes" page.
public struct ChangePeriod: Hashable, Sendable {
    /// `2026-07` for a month, `2026-Q3` for a quarter.
    public var label: String
    public var firstDay: CalendarDate
    public var lastDay: CalendarDate
    /// Newest first.
    public var entries: [TimelineEntry]

    /// Commits with changes in the period.
    public var commitCount: Int { Set(entries.map(\.commit.id)).count }
    /// Changes that moved a date, quarter or horizon later.
    public var slipCount: Int { entries.count { $0.change.isSlip } }
}

extension RoadmapHistory {
    /// Changes grouped by calendar month (UTC), newest month first; months without changes are left out.
    public func changesByMonth(since: CalendarDate? = nil, until: CalendarDate? = nil) -> [ChangePeriod] {
        periods(since: since, until: until) { day in
            let first = CalendarDate(year: day.year, month: day.month, day: 1)!
            let last = CalendarDate(year: day.year, month: day.month, day: CalendarDate.daysIn(month: day.month, year: day.year))!
            return (String(first.description.prefix(7)), first, last)
        }
    }

    /// Changes grouped by calendar quarter (UTC), newest first; quarters without changes are left out.
    public func changesByQuarter(since: CalendarDate? = nil, until: CalendarDate? = nil) -> [ChangePeriod] {
        periods(since: since, until: until) { day in (day.quarter.description, day.quarter.firstDay, day.quarter.lastDay) }
    }

    private func periods(since: CalendarDate?, until: CalendarDate?,
                         _ period: (CalendarDate) -> (String, CalendarDate, CalendarDate)) -> [ChangePeriod] {
        var result: [ChangePeriod] = []
        for entry in stream(since: since, until: until) {
            let (label, first, last) = period(entry.commit.day)
            if result.last?.label == label {
                result[result.count - 1].entries.append(entry)
            } else {
                result.append(ChangePeriod(label: label, firstDay: first, lastDay: last, entries: [entry]))
            }
        }
        return result
    }
}
