import RoadmapCore

/// Groups changes into items: union-find over ids, joined wherever an id changed.
enum ItemGrouping {
    /// The id changes as an undirected graph.
    static func links(_ changes: [ItemChange]) -> [ItemID: [ItemID]] {
        var links: [ItemID: [ItemID]] = [:]
        for change in changes {
            for case .idChanged(let from, let to) in change.events {
                links[from, default: []].append(to)
                links[to, default: []].append(from)
            }
        }
        return links
    }

    /// The group of every id, and each group's change indices in order.
    static func group(_ changes: [ItemChange]) -> ([ItemID: Int], [[Int]]) {
        var slot: [ItemID: Int] = [:]
        var parent: [Int] = []
        func index(_ id: ItemID) -> Int {
            if let known = slot[id] { return known }
            slot[id] = parent.count
            parent.append(parent.count)
            return parent.count - 1
        }
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        for change in changes {
            _ = index(change.id)
            for case .idChanged(let from, let to) in change.events {
                let a = root(index(from)), b = root(index(to))
                if a != b { parent[b] = a }
            }
        }
        var groupOfRoot: [Int: Int] = [:]
        var groups: [[Int]] = []
        for (position, change) in changes.enumerated() {
            let r = root(index(change.id))
            if let g = groupOfRoot[r] {
                groups[g].append(position)
            } else {
                groupOfRoot[r] = groups.count
                groups.append([position])
            }
        }
        var groupOfID: [ItemID: Int] = [:]
        for (id, i) in slot {
            if let g = groupOfRoot[root(i)] { groupOfID[id] = g }
        }
        return (groupOfID, groups)
    }
}
