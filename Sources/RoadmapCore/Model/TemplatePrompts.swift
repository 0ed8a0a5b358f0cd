/// The prompts the built-in templates write for authors to replace. They live here, not with the
/// templates, because the compiler reports a prompt left in a file (RM705) and must know them.
public enum TemplatePrompts {
    /// The prompt under a section heading, in italics so it stands out until replaced.
    public static func section(_ section: String) -> String {
        switch section.lowercased() {
        case "problem": "_Who has this problem, how do we know, and what does it cost them today?_"
        case "proposal", "solution": "_What we will build, and what we will deliberately leave out._"
        case "success metrics", "metrics": "_Which numbers move, from what to what, and by when?_"
        case "risks and open questions", "risks", "open questions": "_What could make this fail, and what we still need to find out._"
        default: "_Write the \(section.lowercased()) here._"
        }
    }

    /// The body prompt of a new objective.
    public static let objectiveBody = "_Why this objective matters now, and how its key results show that we got there._"

    /// The title of the placeholder key result of a new objective.
    public static let keyResultTitle = "Replace with what you measure, from its baseline to its target"

    private static let namedSections = ["problem", "proposal", "success metrics", "risks and open questions"]

    /// Whether a line of a body, trimmed, is one of the section or objective prompts.
    public static func isPrompt(_ line: String) -> Bool {
        guard line.hasPrefix("_"), line.hasSuffix("_") else { return false }
        if line == objectiveBody || namedSections.contains(where: { section($0) == line }) { return true }
        // Any other section's prompt: `_Write the <section> here._`.
        return line.hasPrefix("_Write the ") && line.hasSuffix(" here._") && line.count > "_Write the  here._".count
    }
}
