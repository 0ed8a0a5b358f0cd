/// A `depends_on` or `okrs` entry naming an item of another roadmap (`platform:card-vault`),
/// which the linker of one roadmap leaves for the portfolio's linker to resolve.
public struct ExternalReference: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case dependency, okr }

    public var kind: Kind
    /// The PRD whose file holds the entry.
    public var from: ItemID
    public var target: QualifiedName
    public var location: SourceLocation

    public init(kind: Kind, from: ItemID, target: QualifiedName, location: SourceLocation) {
        self.kind = kind
        self.from = from
        self.target = target
        self.location = location
    }
}

/// One resolved `depends_on` entry of a PRD and where it is written, for walking dependencies
/// across the roadmaps of a portfolio (cycles are printed hop by hop, each hop at its line).
public struct DependencyEdge: Hashable, Sendable {
    public var target: ItemID
    public var location: SourceLocation

    public init(target: ItemID, location: SourceLocation) {
        self.target = target
        self.location = location
    }
}
