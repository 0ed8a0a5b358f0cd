/// Large results kept alive until the process exits: freeing a history of tens of thousands of
/// changes object by object costs more than the exit that follows would.
enum Retained {
    nonisolated(unsafe) private static var objects: [Any] = []

    static func keep(_ object: Any) { objects.append(object) }
}
