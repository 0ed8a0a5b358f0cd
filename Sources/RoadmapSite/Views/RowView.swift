import Foundation
import Mustache

/// A row of a feature table. A feature appears in many lists (backlog, team, tag, status, board
/// column), so its row is rendered once per kind of list (`feature-row.mustache`) and reused.
struct RowView: ViewModel, Sendable {
    let index: Int
    let card: CardView
    let root: String
    let ranked: Bool
    let cache: RowCache

    func child(named name: String) -> Any? {
        switch name {
        case "html": cache.html(for: self)
        case "root": root
        case "ranked": ranked
        default: card.child(named: name)
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        card.fingerprint(into: &hasher)
        hasher.add(root, ranked)
    }
}

/// What the row template sees: the card's values, plus `root` and `ranked`.
struct RowContext: MustacheParent {
    let row: RowView

    func child(named name: String) -> Any? {
        switch name {
        case "root": row.root
        case "ranked": row.ranked
        default: row.card.child(named: name)
        }
    }
}

/// Rendered rows by feature and kind of list, shared by the parallel page renderers. Two threads
/// may render the same row at once; both get the same bytes, so the race only costs time.
final class RowCache: @unchecked Sendable {
    private let templates: TemplateSet
    /// Guards `rows`, the only mutable state.
    private let lock = NSLock()
    private var rows: [RowKey: String] = [:]

    struct RowKey: Hashable {
        let index: Int
        let root: String
        let ranked: Bool
    }

    init(templates: TemplateSet) {
        self.templates = templates
    }

    func html(for row: RowView) -> String {
        let key = RowKey(index: row.index, root: row.root, ranked: row.ranked)
        if let done = lock.withLock({ rows[key] }) { return done }
        let html = templates.library.render(RowContext(row: row), withTemplate: "feature-row") ?? ""
        lock.withLock { rows[key] = html }
        return html
    }
}
