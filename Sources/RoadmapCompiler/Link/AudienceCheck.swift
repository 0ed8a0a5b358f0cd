import RoadmapCore

/// What an audience names that only the files can confirm: a hidden field that is no field of any
/// PRD or objective (RM819: a typo would show what it meant to hide) and a dropped section no
/// body has (RM820, a warning: it removes nothing). Run on the linked roadmap, at the entries in
/// `roadmap.yml`.
enum AudienceCheck {
    static func check(_ roadmap: Roadmap) -> [Diagnostic] {
        let audiences = roadmap.config.audiences
        guard !audiences.isEmpty else { return [] }
        var fields = Set(Audience.hideableFields + roadmap.config.scores.map(\.name))
        var sections = Set<String>()
        for feature in roadmap.features {
            fields.formUnion(feature.extra.keys)
            for heading in feature.body.headings where heading.level == 2 { sections.insert(heading.text.trimmedSpace().lowercased()) }
        }
        for objective in roadmap.objectives {
            fields.formUnion(objective.extra.keys)
            for heading in objective.body.headings where heading.level == 2 { sections.insert(heading.text.trimmedSpace().lowercased()) }
        }
        let known = fields.sorted()
        var diagnostics: [Diagnostic] = []
        for audience in audiences {
            for field in audience.hideFields.sorted() where !fields.contains(field) {
                var help = "hide one of \(Audience.hideableFields.joined(separator: ", ")), a custom score or a field some file has"
                if let guess = Suggestion.closest(to: field, among: known) { help = "did you mean `\(guess)`? " + help }
                diagnostics.append(Diagnostic(
                    .unknownHiddenField, "`\(field)` in `hide_fields` of audience `\(audience.name)` is no field of any PRD or objective",
                    at: audience.fieldLocations[field], help: help))
            }
            for section in audience.dropSections where !sections.contains(section.lowercased()) {
                diagnostics.append(Diagnostic(
                    .unknownDroppedSection, "no PRD or objective has a `## \(section)` section to drop for audience `\(audience.name)`",
                    at: audience.sectionLocations[section],
                    help: "name an H2 heading the bodies have (compared without case), or remove the entry"))
            }
        }
        return diagnostics
    }
}
