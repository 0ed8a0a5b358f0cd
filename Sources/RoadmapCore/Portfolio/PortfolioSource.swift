/// One roadmap of a portfolio, as `portfolio:` in `roadmap.yml` names it:
/// `{name: payments, repo: ../payments, ref: main, path: .}`.
public struct PortfolioSource: Hashable, Sendable {
    /// How the portfolio's files address this roadmap's items: `payments:saved-cards`.
    public var name: String
    /// A local path (relative to the portfolio's root) or a `file://` URL, as written.
    public var repo: String
    /// The branch, tag or commit a missing pin is taken from (and `portfolio update` moves to).
    public var ref: String
    /// The roadmap's folder inside the repository, `/`-separated; "" for the top.
    public var path: String
    /// Where the entry is written in `roadmap.yml`, for diagnostics about the source as a whole.
    public var location: SourceLocation

    public init(name: String, repo: String, ref: String = "HEAD", path: String = "", location: SourceLocation) {
        self.name = name
        self.repo = repo
        self.ref = ref
        self.path = path
        self.location = location
    }
}
