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
    /// What kind of history (and bodies) to make; `.standard` is the generator's own mix.
    public var shape: HistoryShape

    /// Negative counts are treated as 0 and fewer than one team as one.
    public init(prds: Int, objectives: Int, teams: Int = 8, seed: UInt64, commits: Int = 0, shape: HistoryShape = .standard) {
        self.prds = max(0, prds)
        self.objectives = max(0, objectives)
        self.teams = max(1, teams)
        self.seed = seed
        self.commits = max(0, commits)
        self.shape = shape
    }
}

/// Shapes of repository that stress history mining differently: speed that holds on one shape
/// only is not speed. Every shape but `.standard` changes only the later edits (and, for
/// `.largeBodies`, body sizes); `.standard` output is what the generator always made.
public enum HistoryShape: String, CaseIterable, Sendable, Hashable {
    /// A few PRDs per commit, key-result check-ins, occasional moves.
    case standard
    /// Every later commit touches exactly one file.
    case smallCommits = "small-commits"
    /// Every later commit touches 100 to 400 PRDs (a sweeping re-plan or a bulk import).
    case largeCommits = "large-commits"
    /// Edits fall on one PRD in fifty, so each of those is edited hundreds of times (deep delta chains).
    case deepEdits = "deep-edits"
    /// Bodies of 50 to 100 KB.
    case largeBodies = "large-bodies"
    /// Half of the edits move a PRD's file to another team's folder.
    case renames
}
