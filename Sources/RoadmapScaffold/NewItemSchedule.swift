import RoadmapCore

/// When a new item is planned, from `--quarter`, `--horizon`, `--start` and `--due`, checked
/// before anything is written: a value `roadmap check` would reject is refused here.
struct NewItemSchedule {
    var quarter: Quarter?
    var horizon: Horizon?
    var start: CalendarDate?
    var due: CalendarDate?

    init(_ request: NewItemRequest) throws(ScaffoldError) {
        if let text = request.quarter {
            guard let quarter = Quarter(text) else {
                throw ScaffoldError("--quarter \(text) is not a quarter: write YYYY-Qn, like \(request.today.quarter)")
            }
            self.quarter = quarter
        }
        if let text = request.horizon {
            guard let horizon = Horizon(rawValue: text) else {
                throw ScaffoldError("--horizon \(text) is not a horizon: use now, next or later")
            }
            guard quarter == nil else {
                throw ScaffoldError("give --quarter or --horizon, not both: a PRD has a horizon only until it is scheduled for a quarter")
            }
            self.horizon = horizon
        } else if quarter == nil {
            quarter = request.today.quarter
        }
        start = try Self.day(request.start, option: "start", today: request.today)
        due = try Self.day(request.due, option: "due", today: request.today)
        if let start, let due, due < start {
            throw ScaffoldError("--due \(due) is before --start \(start); the work must end on or after the day it starts")
        }
    }

    private static func day(_ text: String?, option: String, today: CalendarDate) throws(ScaffoldError) -> CalendarDate? {
        guard let text else { return nil }
        guard let day = CalendarDate(iso: text) else {
            throw ScaffoldError("--\(option) \(text) is not a date: write YYYY-MM-DD, like \(today)")
        }
        return day
    }
}
