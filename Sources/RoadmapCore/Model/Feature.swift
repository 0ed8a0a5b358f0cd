/// A PRD: one feature of the roadmap, read from a file under the PRDs folder.
///
/// Its fields live in one shared box, copied only when a copy is changed: a roadmap's features
/// are copied into many views (cards, pages, the linker's drafts), and copying eighteen fields
/// retained one by one was a tenth of a live preview's update on 10,000 PRDs.
public struct Feature: Hashable, Sendable {
    struct Fields: Hashable, Sendable {
        var id: ItemID
        var title: String
        var status: String
        var owner: String
        var team: String?
        var quarter: Quarter?
        var horizon: Horizon?
        var start: CalendarDate?
        var due: CalendarDate?
        var okrs: [OKRReference]
        var dependsOn: [ItemID]
        var dependents: [ItemID] = []
        var rice: RICE?
        var scores: [String: Double] = [:]
        var tags: [String]
        var body: Body
        var path: String
        var extra: [String: String] = [:]
        var visibility: Visibility = .default
        var hasErrors: Bool = false
    }

    private final class Box: @unchecked Sendable {
        // Mutated only through `fields` below, after `isKnownUniquelyReferenced`.
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    /// Whether the two are one stored value, not just equal: a feature no one changed since it was
    /// stored shares its storage with it, which is how a session sees that it is unchanged without
    /// comparing every field.
    public func sharesStorage(with other: Feature) -> Bool { box === other.box }

    private var fields: Fields {
        get { box.fields }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields
        }
    }

    public var id: ItemID {
        get { box.fields.id }
        _modify { yield &fields.id }
    }
    public var title: String {
        get { box.fields.title }
        _modify { yield &fields.title }
    }
    public var status: String {
        get { box.fields.status }
        _modify { yield &fields.status }
    }
    public var owner: String {
        get { box.fields.owner }
        _modify { yield &fields.owner }
    }
    public var team: String? {
        get { box.fields.team }
        _modify { yield &fields.team }
    }
    public var quarter: Quarter? {
        get { box.fields.quarter }
        _modify { yield &fields.quarter }
    }
    public var horizon: Horizon? {
        get { box.fields.horizon }
        _modify { yield &fields.horizon }
    }
    public var start: CalendarDate? {
        get { box.fields.start }
        _modify { yield &fields.start }
    }
    public var due: CalendarDate? {
        get { box.fields.due }
        _modify { yield &fields.due }
    }
    /// The OKRs the feature claims to move; only those that resolve are kept.
    public var okrs: [OKRReference] {
        get { box.fields.okrs }
        _modify { yield &fields.okrs }
    }
    /// PRDs this one depends on; only those that resolve are kept.
    public var dependsOn: [ItemID] {
        get { box.fields.dependsOn }
        _modify { yield &fields.dependsOn }
    }
    /// PRDs that depend on this one, sorted by id.
    public var dependents: [ItemID] {
        get { box.fields.dependents }
        _modify { yield &fields.dependents }
    }
    public var rice: RICE? {
        get { box.fields.rice }
        _modify { yield &fields.rice }
    }
    /// The values of the roadmap's custom scores, by name; a score whose inputs are missing or
    /// invalid has none.
    public var scores: [String: Double] {
        get { box.fields.scores }
        _modify { yield &fields.scores }
    }
    public var tags: [String] {
        get { box.fields.tags }
        _modify { yield &fields.tags }
    }
    public var body: Body {
        get { box.fields.body }
        _modify { yield &fields.body }
    }
    /// The file's path relative to the roadmap root.
    public var path: String {
        get { box.fields.path }
        _modify { yield &fields.path }
    }
    /// Fields the format does not define, kept for templates and JSON as text.
    public var extra: [String: String] {
        get { box.fields.extra }
        _modify { yield &fields.extra }
    }
    /// Who may see the PRD (`visibility`; `internal` when not given).
    public var visibility: Visibility {
        get { box.fields.visibility }
        _modify { yield &fields.visibility }
    }
    /// True when a diagnostic of severity error points into this file.
    public var hasErrors: Bool {
        get { box.fields.hasErrors }
        _modify { yield &fields.hasErrors }
    }

    public init(id: ItemID, title: String, status: String, owner: String, team: String? = nil,
                quarter: Quarter? = nil, horizon: Horizon? = nil, start: CalendarDate? = nil,
                due: CalendarDate? = nil, okrs: [OKRReference] = [], dependsOn: [ItemID] = [],
                rice: RICE? = nil, tags: [String] = [], body: Body = .empty, path: String) {
        box = Box(Fields(id: id, title: title, status: status, owner: owner, team: team, quarter: quarter, horizon: horizon,
                         start: start, due: due, okrs: okrs, dependsOn: dependsOn, rice: rice, tags: tags, body: body, path: path))
    }

    public static func == (lhs: Feature, rhs: Feature) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }
}
