/// Graphviz could not read or lay out a graph; `message` is what it said.
public struct GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { "graphviz: \(message)" }
}
