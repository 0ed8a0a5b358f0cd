import RoadmapCompiler
import RoadmapCore

/// What `fix`, `move` and `set` say they did, the same words for every front end; `display`
/// shows a root-relative path as the reader should see it.
public enum EditText {
    /// One line per fix, as `path:line:col: fixed RMnnn: what`, then held-back fixes and a count.
    public static func fixes(_ plan: FixPlan, skipped: Set<String>, display: (String) -> String, verb: String) -> String {
        func place(_ d: Diagnostic) -> String {
            guard let l = d.location else { return "roadmap" }
            return "\(display(l.path)):\(l.line):\(l.column)"
        }
        var out = ""
        var made = 0
        for taken in plan.taken where !skipped.contains(taken.diagnostic.location?.path ?? "") {
            out += "\(place(taken.diagnostic)): \(verb) \(taken.diagnostic.code.rawValue): \(taken.fix.title)\n"
            made += 1
        }
        for held in plan.heldBack {
            out += "\(place(held.diagnostic)): held back \(held.diagnostic.code.rawValue): \(held.fix.title), because \(held.reason)\n"
        }
        let files = Set(plan.taken.compactMap(\.diagnostic.location?.path)).subtracting(skipped).count
        out += "\(verb) \(made) \(made == 1 ? "problem" : "problems") in \(files) \(files == 1 ? "file" : "files")"
        out += plan.heldBack.isEmpty ? "\n" : "; held back \(plan.heldBack.count)\n"
        return out
    }

    /// One line per field set, as `path: target: field old -> new`.
    public static func updates(_ planned: PlannedItemEdit, target: String, display: (String) -> String) -> String {
        planned.updates.map { update in
            let was = update.old.map { "\($0) -> " } ?? "(not set) -> "
            return "\(display(planned.change.path)): \(target): \(update.field) \(was)\(update.new)\n"
        }.joined()
    }
}
