/// Tarjan's algorithm on nodes numbered 0..<n, iterative so that a 10,000-long dependency chain
/// cannot overflow the stack.
public enum StronglyConnected {
    public static func components(of successors: [[Int]]) -> [[Int]] {
        let n = successors.count
        var index = 0
        var indices = Array(repeating: -1, count: n)
        var lowlink = Array(repeating: 0, count: n)
        var onStack = Array(repeating: false, count: n)
        var stack: [Int] = []
        var result: [[Int]] = []
        for root in 0..<n where indices[root] < 0 {
            // Each frame: a node and how many of its successors have been visited.
            var frames: [(node: Int, next: Int)] = [(root, 0)]
            indices[root] = index; lowlink[root] = index; index += 1
            stack.append(root); onStack[root] = true
            while var frame = frames.popLast() {
                let next = successors[frame.node]
                if frame.next < next.count {
                    let w = next[frame.next]
                    frame.next += 1
                    frames.append(frame)
                    if indices[w] < 0 {
                        indices[w] = index; lowlink[w] = index; index += 1
                        stack.append(w); onStack[w] = true
                        frames.append((w, 0))
                    } else if onStack[w] {
                        lowlink[frame.node] = min(lowlink[frame.node], indices[w])
                    }
                    continue
                }
                if let parent = frames.last?.node { lowlink[parent] = min(lowlink[parent], lowlink[frame.node]) }
                if lowlink[frame.node] == indices[frame.node] {
                    var component: [Int] = []
                    while let w = stack.popLast() {
                        onStack[w] = false
                        component.append(w)
                        if w == frame.node { break }
                    }
                    result.append(component.sorted())
                }
            }
        }
        return result
    }

    /// The shortest path from `start` back to itself inside `members` (breadth-first), as the
    /// nodes from `start` to the last before it; nil when there is none.
    public static func shortestCycle(from start: Int, within members: Set<Int>, _ successors: [[Int]]) -> [Int]? {
        var previous: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in successors[node] where members.contains(next) {
                if next == start {
                    var path = [node]
                    while let p = previous[path[0]] { path.insert(p, at: 0) }
                    return path
                }
                if previous[next] == nil {
                    previous[next] = node
                    queue.append(next)
                }
            }
        }
        return nil
    }
}
