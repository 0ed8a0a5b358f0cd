/// One commit of the demo roadmap's history: who, when, why, and the files it writes or deletes.
public struct DemoCommit: Sendable {
    public var message: String
    public var author: DemoPerson
    /// Seconds since 1970, in +0000.
    public var time: Int
    /// Paths with their new contents; nil contents delete the file.
    public var files: [(path: String, contents: String?)]
}

/// An author of the demo history.
public struct DemoPerson: Sendable, Hashable {
    public var name: String
    public var email: String

    static let maya = DemoPerson(name: "Maya Okafor", email: "maya@example.com")
    static let jonas = DemoPerson(name: "Jonas Berg", email: "jonas@example.com")
    static let aiko = DemoPerson(name: "Aiko Tanaka", email: "aiko@example.com")
    static let luis = DemoPerson(name: "Luis Romero", email: "luis@example.com")
    static let priya = DemoPerson(name: "Priya Nair", email: "priya@example.com")
    static let sam = DemoPerson(name: "Sam Whitaker", email: "sam@example.com")
}
