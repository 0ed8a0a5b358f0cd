/// The settings of one roadmap, from `roadmap.yml` (every key optional).
public struct RoadmapConfig: Hashable, Sendable {
    public var title: String
    public var baseURL: String
    /// Folder of PRDs relative to the roadmap root, searched recursively for `*.md`.
    public var prdsFolder: String
    /// Folder of objectives relative to the roadmap root, searched recursively for `*.md`.
    public var okrsFolder: String
    /// The workflow, in order.
    public var statuses: [String]
    /// Statuses of features being planned or built: such a feature should move an OKR.
    public var activeStatuses: [String]
    /// Statuses that end a feature's life: no RICE is expected of them.
    public var doneStatuses: [String]
    /// H2 headings every PRD body must have.
    public var requiredSections: [String]
    /// Severity per rule; `nil` silences the rule.
    public var severityOverrides: [DiagnosticCode: Severity?]
    /// Files larger than this are refused (bytes).
    public var maxFileSize: Int
    /// An active PRD no commit has touched for more days than this is stale (RM950).
    public var staleAfterDays: Int
    /// A PRD whose plan slipped more times than this is reported (RM951).
    public var maxSlips: Int
    /// Status -> the statuses a PRD may move to from it; a status not listed may move anywhere.
    public var transitions: [String: [String]] = [:]
    /// Status -> fields a PRD in that status must have (RM321).
    public var requires: [String: [String]] = [:]
    /// Status -> the most PRDs it may hold at once (`wip_limits`); statuses not listed have none.
    public var wipLimits: [String: Int] = [:]
    /// Where each of `wipLimits` is written in `roadmap.yml`, for the warning when one is exceeded.
    public var wipLimitLocations: [String: SourceLocation] = [:]
    /// How a key result's forecast maps to on track / at risk / off track (`okr_status`).
    public var okrStatus = OKRStatusThresholds()
    /// A key result without a check-in for more days than this is reported (RM971); nil: never.
    public var checkinEveryDays: Int?
    /// Custom scores (`scores`), in the order declared.
    public var scores: [ScoreDefinition] = []
    /// Each team's capacity per quarter (`capacity`), in the order written.
    public var capacity: [CapacityEntry] = []
    /// The audiences a site can be built for (`audiences`), in the order written.
    public var audiences: [Audience] = []
    /// The other roadmaps this one gathers (`portfolio`), in the order written; empty for a
    /// roadmap that is not a portfolio.
    public var portfolio: [PortfolioSource] = []

    public static let defaultStatuses = ["idea", "discovery", "planned", "in-progress", "shipped", "dropped"]

    public init(
        title: String = "Roadmap", baseURL: String = "/", prdsFolder: String = "prds",
        okrsFolder: String = "okrs", statuses: [String] = RoadmapConfig.defaultStatuses,
        activeStatuses: [String]? = nil, doneStatuses: [String]? = nil,
        requiredSections: [String] = [], severityOverrides: [DiagnosticCode: Severity?] = [:],
        maxFileSize: Int = 1 << 20, staleAfterDays: Int = 60, maxSlips: Int = 2
    ) {
        self.title = title
        self.baseURL = baseURL
        self.prdsFolder = prdsFolder
        self.okrsFolder = okrsFolder
        self.statuses = statuses
        self.activeStatuses = activeStatuses ?? RoadmapConfig.defaultActive(in: statuses)
        self.doneStatuses = doneStatuses ?? RoadmapConfig.defaultDone(in: statuses)
        self.requiredSections = requiredSections
        self.severityOverrides = severityOverrides
        self.maxFileSize = maxFileSize
        self.staleAfterDays = staleAfterDays
        self.maxSlips = maxSlips
    }

    /// `planned` and `in-progress` when the workflow has them; otherwise every status after the
    /// first that does not end a feature's life.
    public static func defaultActive(in statuses: [String]) -> [String] {
        let named = statuses.filter { ["planned", "in-progress"].contains($0) }
        if !named.isEmpty { return named }
        let done = defaultDone(in: statuses)
        return statuses.dropFirst().filter { !done.contains($0) }
    }

    /// `shipped` and `dropped` when the workflow has them; otherwise its last status.
    public static func defaultDone(in statuses: [String]) -> [String] {
        let named = statuses.filter { ["shipped", "dropped"].contains($0) }
        if !named.isEmpty { return named }
        return statuses.last.map { [$0] } ?? []
    }

    /// Whether the workflow lets a PRD move from `old` to `new` (staying put is always allowed).
    public func allowsTransition(from old: String, to new: String) -> Bool {
        old == new || transitions[old].map { $0.contains(new) } ?? true
    }

    /// The audience named `name` in `audiences`.
    public func audience(named name: String) -> Audience? { audiences.first { $0.name == name } }

    /// The source of the portfolio named `name`.
    public func source(named name: String) -> PortfolioSource? { portfolio.first { $0.name == name } }

    /// The declared score named `name`.
    public func score(named name: String) -> ScoreDefinition? { scores.first { $0.name == name } }

    /// The severity a rule has in this roadmap; nil when the roadmap turned it off.
    public func severity(of code: DiagnosticCode) -> Severity? {
        if let override = severityOverrides[code] { return override }
        return code.defaultSeverity
    }
}
