import RoadmapCore
import RoadmapTheme

/// The templates `roadmap new` uses when the roadmap has none of its own, and that `roadmap init`
/// writes into `templates/` for the team to adapt: `templates/prd.md` and
/// `templates/objective.md` of the project, compiled into the binary with the rest of the theme.
///
/// The PRD passes `roadmap check` as it is: status from the workflow's start, RICE placeholders
/// that are valid (a reach of 0 ranks it last until someone estimates it). The objective has one
/// key result to fill in.
public enum BuiltInTemplates {
    /// The template for `kind`.
    public static func text(for kind: ItemKind) -> String {
        kind == .feature ? prd : objective
    }

    public static var prd: String { EmbeddedTheme.text("prd.md") ?? "" }

    public static var objective: String { EmbeddedTheme.text("objective.md") ?? "" }
}
