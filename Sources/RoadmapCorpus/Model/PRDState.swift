/// One PRD as the generator tracks it between commits; rendering turns it into a file.
struct PRDState: Sendable {
    /// An `okrs` entry: an objective, or one of its key results.
    struct OKRLink: Equatable, Sendable {
        var objective: Int
        var keyResult: Int?
    }

    struct RICEState: Sendable {
        var reach: Int
        /// Index into `RICE.impacts` order: 3, 2, 1, 0.5, 0.25.
        var impact: Int
        /// Percent, 0 to 100.
        var confidence: Int
        var confidenceAsFraction: Bool
        /// Effort in tenths of a person-month, at least 5.
        var effort: Int
    }

    enum Horizon: Int, Sendable { case now, next, later }

    let index: Int
    let id: String
    let title: String
    let feature: String
    let persona: String
    var team: Int
    var status: Status
    var owner: Int
    var quarter: QuarterIndex?
    var horizon: Horizon?
    var start: Day?
    var due: Day?
    /// The first link is never removed, which keeps every key result covered.
    var okrs: [OKRLink]
    let dependsOn: [Int]
    var rice: RICEState
    /// Done PRDs without this flag leave RICE out, as teams stop scoring shipped work.
    let keepsRiceWhenDone: Bool
    var tags: [String]
    let bodySeed: UInt64
    /// Size the body grows to, in bytes.
    let bodyTarget: Int
    /// How many times the body was edited.
    var revision: Int
    /// Lower-index PRDs the body links to; only link targets, whose paths never change.
    let links: [Int]

    var path: String { "prds/\(Names.team(team))/\(id).md" }

    var hasRice: Bool { !status.isDone || keepsRiceWhenDone }

    /// PRDs that may move between team folders; others may be linked to, so their paths are fixed.
    static func isMovable(_ index: Int) -> Bool { index % 7 == 3 }
}
