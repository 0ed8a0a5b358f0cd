/// What to generate: how many PRDs, objectives and teams, from which seed, with how much history.
public struct CorpusSpec: Sendable, Hashable {
    /// Number of PRD files (at least 0).
    public var prds: Int
    /// Number of objective files (at least 0).
    public var objectives: Int
    /// Number of team folders under `prds/` (at least 1).
    public var teams: Int
    /// Same seed and parameters give byte-identical files and history.
    public var seed: UInt64
    /// Number of git commits to produce; 0 means files only, no history.
    public var commits: Int

    /// Negative counts are treated as 0 and fewer than one team as one.
    public init(prds: Int, objectives: Int, teams: Int = 8, seed: UInt64, commits: Int = 0) {
        self.prds = max(0, prds)
        self.objectives = max(0, objectives)
        self.teams = max(1, teams)
        self.seed = seed
        self.commits = max(0, commits)
    }
}
