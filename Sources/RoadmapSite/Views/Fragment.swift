import Foundation
import Mustache

/// An item that is shown the same way on many pages (a table row, a link to a feature, a key
/// result), rendered once from its partial and reused: templates insert it with `{{{html}}}`.
///
/// The partial sees only the item's own values and `root`, so identical items at the same depth
/// always give identical markup; the cache key is the item's fingerprint, never its name.
struct Fragment: ViewModel, Sendable {
    let item: any ViewModel & Sendable
    let partial: String
    let root: String
    let cache: FragmentCache

    func value(named name: String) -> Any? {
        switch name {
        case "html": cache.html(for: self)
        case "root": root
        default: item.value(named: name)
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        item.fingerprint(into: &hasher)
        hasher.add(partial, root)
    }
}

/// What a fragment's partial renders: the item, plus `root`.
private struct FragmentContext: MustacheParent {
    let fragment: Fragment

    func child(named name: String) -> Any? {
        name == "root" ? Text(fragment.root) : fragment.item.child(named: name)
    }
}

/// Rendered fragments by content, shared by the parallel page renderers. Two threads may render
/// the same fragment at once; both get the same bytes, so the race only costs time.
final class FragmentCache: @unchecked Sendable {
    private let templates: TemplateSet
    /// Guards `rendered`, the only mutable state.
    private let lock = NSLock()
    private var rendered: [Digest: String] = [:]

    init(templates: TemplateSet) {
        self.templates = templates
    }

    func html(for fragment: Fragment) -> String {
        var hasher = StableHasher()
        fragment.fingerprint(into: &hasher)
        let key = hasher.finish()
        if let done = lock.withLock({ rendered[key] }) { return done }
        let html = templates.library.render(FragmentContext(fragment: fragment), withTemplate: fragment.partial) ?? ""
        lock.withLock { rendered[key] = html }
        return html
    }
}
