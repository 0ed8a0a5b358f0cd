/// What the cache keeps between runs: the mined commits and changes up to `head`.
struct HistoryState: Sendable {
    var head: String?
    var commits: [CommitInfo] = []
    var changes: [ItemChange] = []
}
