/// The front-matter facts of one version of a PRD or objective that its history follows:
/// what `roadmap log` and `roadmap diff` compare between versions. Values are read the way the
/// compiler reads them; a value the compiler would reject (a date that is not a day, a status of
/// any text is kept as written) is nil.
public struct ItemSnapshot: Hashable, Sendable {
    /// A key result's id and the numbers whose moves matter.
    public struct KeyResultValues: Hashable, Sendable {
        public var id: String
        public var title: String?
        public var baseline: Double?
        public var target: Double?
        public var current: Double?
        /// `confidence`, 0-10 (a value outside is nil, as the compiler ignores it).
        public var confidence: Double?
        public var note: String?

        /// A key result's values as read from front matter.
        public init(id: String, title: String? = nil, baseline: Double? = nil, target: Double? = nil, current: Double? = nil,
                    confidence: Double? = nil, note: String? = nil) {
            self.confidence = confidence
            self.note = note
            self.id = id
            self.title = title
            self.baseline = baseline
            self.target = target
            self.current = current
        }
    }

    /// Whether the file is a PRD or an objective, from the folder it is in.
    public var kind: ItemKind
    /// The declared id; when it is missing or malformed, the id the compiler falls back to (made
    /// from the file name), so the item can still be followed.
    public var id: ItemID
    public var title: String?
    public var status: String?
    /// A PRD's `quarter`, or an objective's `period`.
    public var quarter: Quarter?
    public var horizon: Horizon?
    public var start: CalendarDate?
    public var due: CalendarDate?
    /// `okrs` entries as written.
    public var okrs: [String]
    /// `depends_on` entries as written.
    public var dependsOn: [String]
    /// The RICE score when all four inputs are given and in range.
    public var riceScore: Double?
    /// An objective's key results with valid, distinct ids, in file order.
    public var keyResults: [KeyResultValues]

    /// A snapshot with the given facts; absent ones empty.
    public init(kind: ItemKind, id: ItemID, title: String? = nil, status: String? = nil, quarter: Quarter? = nil,
                horizon: Horizon? = nil, start: CalendarDate? = nil, due: CalendarDate? = nil, okrs: [String] = [],
                dependsOn: [String] = [], riceScore: Double? = nil, keyResults: [KeyResultValues] = []) {
        self.kind = kind
        self.id = id
        self.title = title
        self.status = status
        self.quarter = quarter
        self.horizon = horizon
        self.start = start
        self.due = due
        self.okrs = okrs
        self.dependsOn = dependsOn
        self.riceScore = riceScore
        self.keyResults = keyResults
    }
}
