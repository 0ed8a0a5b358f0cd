/// The long-form help of one diagnostic code, for `roadmap explain` and the documentation:
/// what the rule checks, why, and a minimal file that breaks it next to the same file fixed.
public struct Explanation: Hashable, Sendable {
    /// One sentence saying what is wrong, without the specifics of any file.
    public var summary: String
    /// A paragraph: why the rule exists and how to fix what it reports.
    public var details: String
    /// A small file (front matter, body or `roadmap.yml` snippet) that triggers the code.
    public var bad: String
    /// The same file with the problem fixed.
    public var fixed: String

    /// Creates an explanation from its four parts.
    public init(summary: String, details: String, bad: String, fixed: String) {
        self.summary = summary
        self.details = details
        self.bad = bad
        self.fixed = fixed
    }
}
