/// Recently read objects by their place in a pack, up to a byte budget, oldest dropped first.
/// A history is read in order, so an object's delta base is almost always the object read
/// just before it: this is what makes a chain of deltas cost one step instead of fifty.
struct ObjectCache {
    struct Key: Hashable {
        var pack: Int
        var offset: Int
    }

    let budget: Int
    private var objects: [Key: GitObjectData] = [:]
    private var order: [Key] = []
    private var head = 0
    private var bytes = 0

    init(budget: Int) { self.budget = budget }

    subscript(_ key: Key) -> GitObjectData? { objects[key] }

    mutating func store(_ key: Key, _ object: GitObjectData) {
        guard object.bytes.count <= budget / 4, objects[key] == nil else { return }
        objects[key] = object
        order.append(key)
        bytes += object.bytes.count
        while bytes > budget, head < order.count {
            if let dropped = objects.removeValue(forKey: order[head]) { bytes -= dropped.bytes.count }
            head += 1
        }
        if head > 4096, head * 2 > order.count {
            order.removeFirst(head)
            head = 0
        }
    }
}
