import RoadmapCompiler
import RoadmapHistory

extension RoadmapSession {
    /// Each key result's check-ins, forecast and status (by `objective/kr`), from the history the
    /// site reads. `outlooks` is nil when there is no history to read (a folder outside git, a
    /// repository without commits) or it could not be read, and `failure` then says why.
    public func keyResultOutlooks(_ compilation: Compilation) -> (outlooks: [String: KeyResultOutlook]?, failure: String?) {
        let read = historyForSite(config: compilation.roadmap.config)
        guard let history = read.history else {
            return (nil, read.failure ?? "no git history to read check-ins from (a folder outside git, or no commit yet)")
        }
        return (KeyResultOutlook.all(compilation.roadmap, series: HistoryActivity(history).keyResultSeries), nil)
    }
}
