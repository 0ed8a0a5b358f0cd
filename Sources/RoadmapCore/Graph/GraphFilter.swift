/// Which part of the dependency graph to draw.
public struct GraphFilter: Sendable, Equatable {
    /// Draw finished PRDs too (by default only unfinished work is drawn).
    public var includeDone = false
    /// Only PRDs of these teams (ignoring case); empty for every team.
    public var teams: [String] = []
    /// Only the neighbourhood of this PRD, `depth` steps each way; its statuses are not filtered.
    public var around: ItemID?
    public var depth = 2
    /// At most this many PRDs: the connected group of the critical path first, then the largest groups.
    public var nodeCap: Int?

    public init(includeDone: Bool = false, teams: [String] = [], around: ItemID? = nil, depth: Int = 2, nodeCap: Int? = nil) {
        self.includeDone = includeDone
        self.teams = teams
        self.around = around
        self.depth = depth
        self.nodeCap = nodeCap
    }
}
