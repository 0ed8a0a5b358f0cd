import RoadmapCore

/// The files `roadmap init` writes: a commented `roadmap.yml`, the two templates, and an example
/// objective with a PRD that moves both its key results, so the new roadmap checks clean.
public enum InitFiles {
    /// Each file's path (relative to the new roadmap's root) and contents. The examples are set
    /// in the quarter of `today` and belong to `owner`.
    public static func files(today: CalendarDate, owner: String) -> [(path: String, contents: String)] {
        let objective = Template(ExampleFiles.objective).render(values(ExampleFiles.objectiveID, "New customers succeed in their first week", owner, today))
        let prd = Template(ExampleFiles.prd).render(values(ExampleFiles.prdID, "Guided first-run checklist", owner, today))
        return [
            ("roadmap.yml", RoadmapYAML.text),
            (ItemKind.feature.templatePath, BuiltInTemplates.prd),
            (ItemKind.objective.templatePath, BuiltInTemplates.objective),
            ("okrs/\(ExampleFiles.objectiveID).md", objective),
            ("prds/\(ExampleFiles.prdID).md", prd),
        ]
    }

    private static func values(_ id: String, _ title: String, _ owner: String, _ today: CalendarDate) -> TemplateValues {
        TemplateValues(id: id, title: title, owner: owner, quarter: today.quarter.description, team: "growth",
                       status: "planned", okrs: ["\(ExampleFiles.objectiveID)/kr1", "\(ExampleFiles.objectiveID)/kr2"],
                       date: today.description)
    }
}
