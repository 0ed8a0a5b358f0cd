import RoadmapCore

extension KeyResultSeries {
    /// The series of every key result in `history`, by `objective-id/kr-id` as they are at its
    /// end (an objective's current id, a key result's current id). One pass over the objectives'
    /// changes: cheap enough to run on every build from the warm cache.
    public static func collect(_ history: RoadmapHistory) -> [String: KeyResultSeries] {
        let objectiveChanges = history.changes.filter { $0.kind == .objective }
        let (_, groups) = ItemGrouping.group(objectiveChanges)
        var result: [String: KeyResultSeries] = [:]
        for members in groups {
            guard let objectiveID = members.last.map({ objectiveChanges[$0].id }) else { continue }
            var states: [String: (series: KeyResultSeries, values: (Double?, Double?, String?))] = [:]
            for index in members {
                let change = objectiveChanges[index]
                var touched: [String] = []
                for event in change.events {
                    switch event {
                    case .keyResultRenamed(let from, let to):
                        var moved = states.removeValue(forKey: from) ?? (KeyResultSeries(objectiveID: objectiveID, keyResultID: to), (nil, nil, nil))
                        moved.series.formerIDs.removeAll { $0 == to }
                        moved.series.formerIDs.append(from)
                        moved.series.keyResultID = to
                        states[to] = moved
                        touched = touched.map { $0 == from ? to : $0 }
                    case .keyResultProgressed(let id, _, let to):
                        states[id, default: (KeyResultSeries(objectiveID: objectiveID, keyResultID: id), (nil, nil, nil))].values.0 = to
                        if !touched.contains(id) { touched.append(id) }
                    case .keyResultConfidenceChanged(let id, _, let to):
                        states[id, default: (KeyResultSeries(objectiveID: objectiveID, keyResultID: id), (nil, nil, nil))].values.1 = to
                        if !touched.contains(id) { touched.append(id) }
                    case .keyResultNoteChanged(let id, _, let to):
                        states[id, default: (KeyResultSeries(objectiveID: objectiveID, keyResultID: id), (nil, nil, nil))].values.2 = to
                        if !touched.contains(id) { touched.append(id) }
                    case .keyResultAdded(let id):
                        if states[id] == nil { states[id] = (KeyResultSeries(objectiveID: objectiveID, keyResultID: id), (nil, nil, nil)) }
                        if !touched.contains(id) { touched.append(id) }
                    default: break
                    }
                }
                let commit = history.commits[change.commitIndex]
                for id in touched {
                    guard var state = states[id] else { continue }
                    let (value, confidence, note) = state.values
                    state.series.checkIns.append(KeyResultCheckIn(commit: commit, value: value, confidence: confidence, note: note))
                    states[id] = state
                }
            }
            for (id, state) in states {
                var series = state.series
                series.objectiveID = objectiveID
                series.keyResultID = id
                result[series.reference] = series
            }
        }
        return result
    }
}
