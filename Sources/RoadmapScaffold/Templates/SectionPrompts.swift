import RoadmapCore

/// The sections of a new PRD's body: headings that hold prompts for the author to replace.
public enum SectionPrompts {
    /// The sections of a PRD when `roadmap.yml` requires none.
    public static let recommended = ["Problem", "Proposal", "Success metrics", "Risks and open questions"]

    /// The sections a new PRD starts with: the roadmap's required sections when it has any (the
    /// team chose its structure), else the recommended ones.
    public static func sections(required: [String]) -> [String] {
        required.isEmpty ? recommended : required
    }

    /// The prompt under a heading, in italics so it stands out until replaced (the compiler
    /// knows these texts too, to report one left in: RM705).
    public static func prompt(for section: String) -> String { TemplatePrompts.section(section) }

    /// `## Heading`, a blank line and the prompt, for each section.
    static func block(_ sections: [String]) -> String {
        sections.map { "## \($0)\n\n\(prompt(for: $0))\n" }.joined(separator: "\n")
    }
}
