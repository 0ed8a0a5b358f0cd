/// Whether a roadmap file is a PRD or an objective: the one kind every stage uses (the compiler,
/// the history, scaffolding).
public enum ItemKind: String, Hashable, Sendable, CaseIterable, Comparable {
    /// A PRD (a `Feature`), written `prd` where people name it: `roadmap new prd`, `templates/prd.md`.
    case feature = "prd"
    case objective

    /// For messages: "PRD", "objective".
    public var noun: String { self == .feature ? "PRD" : "objective" }

    /// The roadmap folder the files of this kind live in.
    public func folder(in config: RoadmapConfig) -> String {
        self == .feature ? config.prdsFolder : config.okrsFolder
    }

    /// PRDs before objectives, the order lists and diffs show them in.
    public static func < (a: ItemKind, b: ItemKind) -> Bool { a == .feature && b == .objective }
}
