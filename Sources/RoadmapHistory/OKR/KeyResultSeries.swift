import RoadmapCore

/// Every check-in of one key result, oldest first, followed across moves and id changes of its
/// objective and id changes of the key result itself (`HistoryEvent.keyResultRenamed`).
public struct KeyResultSeries: Hashable, Sendable {
    /// The objective's id at the end of the history.
    public var objectiveID: ItemID
    /// The key result's id at the end of the history.
    public var keyResultID: String
    /// Ids the key result had before, oldest first.
    public var formerIDs: [String] = []
    public var checkIns: [KeyResultCheckIn] = []

    public init(objectiveID: ItemID, keyResultID: String, formerIDs: [String] = [], checkIns: [KeyResultCheckIn] = []) {
        self.objectiveID = objectiveID
        self.keyResultID = keyResultID
        self.formerIDs = formerIDs
        self.checkIns = checkIns
    }

    /// `objective-id/kr-id`, as PRDs' `okrs` name it.
    public var reference: String { "\(objectiveID)/\(keyResultID)" }
}
