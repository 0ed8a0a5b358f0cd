import RoadmapCore

/// Where open work sits on the Now / Next / Later board, and in which order cards stand in a
/// column. Pure, so the rules are tested apart from any page.
struct BoardPlacement: Sendable {
    let config: RoadmapConfig
    /// The quarter of the build's day; nil places PRDs by their horizon only.
    let currentQuarter: Quarter?
    /// The status of work being built (see `inProgressStatus`).
    let inProgress: String?

    init(config: RoadmapConfig, today: CalendarDate?) {
        self.config = config
        currentQuarter = today?.quarter
        inProgress = BoardPlacement.inProgressStatus(config)
    }

    /// `in-progress` when the workflow has it, else its last active status: the one work is in
    /// while being built, which always belongs to "now".
    static func inProgressStatus(_ config: RoadmapConfig) -> String? {
        config.statuses.contains("in-progress") ? "in-progress"
            : config.statuses.last { config.activeStatuses.contains($0) }
    }

    func isInProgress(_ f: Feature) -> Bool { f.status == inProgress }

    enum Place: Equatable {
        /// Done or dropped: the board is about work still to do.
        case offBoard
        /// Open, with nothing to place it by (no horizon, quarter, dates, or no day to compare).
        case unplaced
        case column(Horizon)
    }

    /// The column of `f` on the Now / Next / Later board. Work in progress is now; then an
    /// explicit horizon; then the quarter (else the quarter of the due date, else of the start)
    /// against today's: this quarter or an earlier one is now, the next is next, after that later.
    func place(_ f: Feature) -> Place {
        if config.doneStatuses.contains(f.status) { return .offBoard }
        if isInProgress(f) { return .column(.now) }
        if let horizon = f.horizon { return .column(horizon) }
        guard let current = currentQuarter, let quarter = f.quarter ?? f.due?.quarter ?? f.start?.quarter else {
            return .unplaced
        }
        if quarter <= current { return .column(.now) }
        return .column(quarter == TimelineSVG.after(current) ? .next : .later)
    }

    /// Indices into `features` in column order: work in progress first, then by RICE rank
    /// (`rank[i]`, 1 the best; unranked after), then by due date (undated last), then by id.
    func order(_ members: [Int], features: [Feature], rank: (Int) -> Int?) -> [Int] {
        let keys = members.map { i in
            (isInProgress(features[i]) ? 0 : 1, rank(i) ?? Int.max, features[i].due?.ordinal ?? Int.max)
        }
        return members.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : features[members[a]].id < features[members[b]].id
        }.map { members[$0] }
    }
}
