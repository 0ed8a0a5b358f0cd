import RoadmapCore

/// Picks the id of a new PRD or objective: the slug of its title, made unique against every id
/// the roadmap already has (`checkout`, then `checkout-2`, `checkout-3`). A title with no ASCII
/// spelling (emoji only, Japanese) gives `prd-1`, `objective-1`, counting up to the first free one.
public struct IDAllocator: Sendable {
    /// Ids of every PRD and objective, which share one namespace.
    public var taken: Set<String>

    /// An allocator that avoids `taken`.
    public init(taken: Set<String>) { self.taken = taken }

    /// The ids of a compiled roadmap.
    public init(roadmap: Roadmap) {
        taken = Set(roadmap.features.map(\.id.rawValue) + roadmap.objectives.map(\.id.rawValue))
    }

    /// A free id for `title`. `isFree` may veto a candidate for other reasons, such as a file of
    /// that name already existing.
    public func id(forTitle title: String, kind: ItemKind, isFree: (ItemID) -> Bool = { _ in true }) -> ItemID {
        let base = Slug.make(title)
        if let id = ItemID(base), available(id, isFree) { return id }
        var n = base.isEmpty ? 1 : 2
        while true {
            let candidate = base.isEmpty ? "\(kind.rawValue)-\(n)" : "\(base)-\(n)"
            if let id = ItemID(candidate), available(id, isFree) { return id }
            n += 1
        }
    }

    private func available(_ id: ItemID, _ isFree: (ItemID) -> Bool) -> Bool {
        !taken.contains(id.rawValue) && isFree(id)
    }
}
