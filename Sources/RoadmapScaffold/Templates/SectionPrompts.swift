/// The sections of a new PRD's body: headings that hold prompts for the author to replace.
public enum SectionPrompts {
    /// The sections of a PRD when `roadmap.yml` requires none.
    public static let recommended = ["Problem", "Proposal", "Success metrics", "Risks and open questions"]

    /// The sections a new PRD starts with: the roadmap's required sections when it has any (the
    /// team chose its structure), else the recommended ones.
    public static func sections(required: [String]) -> [String] {
        required.isEmpty ? recommended : required
    }

    /// The prompt under a heading, in italics so it stands out until replaced.
    public static func prompt(for section: String) -> String {
        switch section.lowercased() {
        case "problem": "_Who has this problem, how do we know, and what does it cost them today?_"
        case "proposal", "solution": "_What we will build, and what we will deliberately leave out._"
        case "success metrics", "metrics": "_Which numbers move, from what to what, and by when?_"
        case "risks and open questions", "risks", "open questions": "_What could make this fail, and what we still need to find out._"
        default: "_Write the \(section.lowercased()) here._"
        }
    }

    /// `## Heading`, a blank line and the prompt, for each section.
    static func block(_ sections: [String]) -> String {
        sections.map { "## \($0)\n\n\(prompt(for: $0))\n" }.joined(separator: "\n")
    }
}
