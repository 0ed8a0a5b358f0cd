import RoadmapCore

/// Tarjan's algorithm, iterative so that a 10,000-long dependency chain cannot overflow the stack.
enum StronglyConnected {
    static func components(of edges: [ItemID: [ItemID]]) -> [[ItemID]] {
        var index = 0
        var indices: [ItemID: Int] = [:]
        var lowlink: [ItemID: Int] = [:]
        var onStack = Set<ItemID>()
        var stack: [ItemID] = []
        var result: [[ItemID]] = []
        for root in edges.keys.sorted() where indices[root] == nil {
            // Each frame: a node and how many of its successors have been visited.
            var frames: [(node: ItemID, next: Int)] = [(root, 0)]
            indices[root] = index; lowlink[root] = index; index += 1
            stack.append(root); onStack.insert(root)
            while var frame = frames.popLast() {
                let successors = edges[frame.node] ?? []
                if frame.next < successors.count {
                    let w = successors[frame.next]
                    frame.next += 1
                    frames.append(frame)
                    if indices[w] == nil {
                        indices[w] = index; lowlink[w] = index; index += 1
                        stack.append(w); onStack.insert(w)
                        frames.append((w, 0))
                    } else if onStack.contains(w) {
                        lowlink[frame.node] = min(lowlink[frame.node]!, indices[w]!)
                    }
                    continue
                }
                if let parent = frames.last?.node { lowlink[parent] = min(lowlink[parent]!, lowlink[frame.node]!) }
                if lowlink[frame.node] == indices[frame.node] {
                    var component: [ItemID] = []
                    while let w = stack.popLast() {
                        onStack.remove(w)
                        component.append(w)
                        if w == frame.node { break }
                    }
                    result.append(component.sorted())
                }
            }
        }
        return result
    }
}
