/// An objective of the roadmap's OKRs, read from a file under the objectives folder.
public struct Objective: Hashable, Sendable {
    public var id: ItemID
    public var title: String
    public var period: Quarter?
    public var owner: String?
    public var keyResults: [KeyResult]
    public var body: Body
    /// The file's path relative to the roadmap root.
    public var path: String
    /// Features that name the objective itself (not one of its key results), sorted by id.
    public var movedBy: [ItemID] = []
    /// Fields the format does not define, kept for templates and JSON as text.
    public var extra: [String: String] = [:]
    /// Who may see the objective and its key results (`visibility`; `internal` when not given).
    public var visibility: Visibility = .default
    /// True when a diagnostic of severity error points into this file.
    public var hasErrors = false

    public init(id: ItemID, title: String, period: Quarter?, owner: String?, keyResults: [KeyResult],
                body: Body, path: String) {
        self.id = id
        self.title = title
        self.period = period
        self.owner = owner
        self.keyResults = keyResults
        self.body = body
        self.path = path
    }

    /// Every feature that moves the objective or one of its key results.
    public var movers: Set<ItemID> { Set(movedBy + keyResults.flatMap(\.movedBy)) }

    public func keyResult(_ id: String) -> KeyResult? { keyResults.first { $0.id == id } }
}
