import RoadmapCore
import RoadmapHistory

extension SiteHistory {
    /// The span a PRD was first planned for, when its plan slipped since and that span differs
    /// from today's; nil otherwise. Each of start, due and quarter is its value before its first
    /// change in git (or the first value it was given), else its value now.
    func originalSpan(of f: Feature) -> TimelineSVG.Span? {
        guard let item = items[f.id], item.slipCount > 0 else { return nil }
        var start: CalendarDate??, due: CalendarDate??, quarter: Quarter??
        for entry in item.timeline {
            for event in entry.change.events {
                switch event {
                case .startMoved(let from, let to) where start == nil: start = .some(from ?? to)
                case .dueMoved(let from, let to) where due == nil: due = .some(from ?? to)
                case .quarterMoved(let from, let to) where quarter == nil: quarter = .some(from ?? to)
                default: break
                }
            }
        }
        let original = TimelineSVG.span(start: start ?? f.start, due: due ?? f.due, quarter: quarter ?? f.quarter)
        return original == TimelineSVG.span(start: f.start, due: f.due, quarter: f.quarter) ? nil : original
    }
}
