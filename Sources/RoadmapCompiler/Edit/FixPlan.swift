import RoadmapCore

/// Which fixes of a check to make, and which to hold back and why: what `roadmap fix` does,
/// as data. Safe fixes are taken; unsafe ones only when asked, and then the likeliest; a fix
/// touching bytes another taken fix touches waits for the next run.
public struct FixPlan: Sendable {
    public struct Taken: Sendable {
        public var diagnostic: Diagnostic
        public var fix: Fix
    }

    public struct HeldBack: Sendable {
        public var diagnostic: Diagnostic
        public var fix: Fix
        public var reason: String
    }

    public private(set) var taken: [Taken] = []
    public private(set) var heldBack: [HeldBack] = []

    public init(_ diagnostics: [Diagnostic], includeUnsafe: Bool) {
        var chosen: [TextEdit] = []
        for diagnostic in diagnostics {
            guard let fix = diagnostic.fixes.first else { continue }
            if fix.safety == .unsafe, !includeUnsafe {
                let choices = diagnostic.fixes.map { "`\($0.edits.first?.replacement ?? "")`" }
                let reason = choices.count > 1
                    ? "a guess among \(choices.joined(separator: ", ")); run with --unsafe to take the first"
                    : "it may change what the file means; run with --unsafe to make it"
                heldBack.append(HeldBack(diagnostic: diagnostic, fix: fix, reason: reason))
                continue
            }
            if chosen.overlaps(fix.edits) {
                heldBack.append(HeldBack(diagnostic: diagnostic, fix: fix,
                                         reason: "it touches text another fix changes; run `roadmap fix` again"))
                continue
            }
            chosen += fix.edits
            taken.append(Taken(diagnostic: diagnostic, fix: fix))
        }
    }

    /// The edits to make, by file, in the order they were taken.
    public var editsByPath: [String: [TextEdit]] {
        Dictionary(grouping: taken.flatMap(\.fix.edits), by: \.path)
    }

    /// Files the plan changes, sorted.
    public var paths: [String] { editsByPath.keys.sorted() }
}
