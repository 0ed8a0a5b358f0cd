/// One commit of the generated history; file contents are rendered from the world right after
/// the commit's edits, so a commit only names what changed.
struct Commit: Sendable {
    enum Change: Sendable {
        case config
        case objective(Int)
        case prd(Int)
        case delete(String)
    }

    var message: String
    /// Index into the `Names.person` roster.
    var author: Int
    /// Seconds since 1970, always in +0000.
    var time: Int
    var changes: [Change]
}
