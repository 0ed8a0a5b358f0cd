import Foundation
import RoadmapCore

/// Plans the file `roadmap new` writes: checks the options against the compiled roadmap, picks
/// a free id and fills in the template. Writes nothing; `ScaffoldFiles` does.
public struct NewItemPlanner: Sendable {
    /// The roadmap as it is now, for its workflow, folders, required sections, ids and OKRs.
    public let roadmap: Roadmap
    /// The roadmap's own template for the kind asked for (`templates/prd.md`), if it has one.
    public let customTemplate: String?

    /// A planner over a compiled roadmap.
    public init(roadmap: Roadmap, customTemplate: String? = nil) {
        self.roadmap = roadmap
        self.customTemplate = customTemplate
    }

    /// The new file in `folder` (relative to the roadmap root). `fileExists` takes a root-relative
    /// path; an existing file is never planned over: its id counts as taken.
    public func plan(_ request: NewItemRequest, folder: String,
                     fileExists: (String) -> Bool) throws(ScaffoldError) -> PlannedFile {
        let config = roadmap.config
        let title = request.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw ScaffoldError("the title is empty; give one, like `roadmap new \(request.kind.rawValue) \"Saved cards\"`") }
        guard !title.contains(where: \.isNewline) else { throw ScaffoldError("the title must be one line") }
        let owner = request.owner.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !owner.isEmpty, !owner.contains(where: \.isNewline) else { throw ScaffoldError("--owner needs a name on one line, like \"Ada Lovelace\"") }
        if request.kind == .objective, request.team != nil || request.status != nil || !request.okrs.isEmpty {
            throw ScaffoldError("--team, --status and --okr apply to PRDs; an objective has none of them")
        }
        if request.kind == .objective, request.horizon != nil || request.start != nil || request.due != nil {
            throw ScaffoldError("--horizon, --start and --due apply to PRDs; an objective has a period (--quarter)")
        }
        let schedule = try NewItemSchedule(request)
        let status = try checkedStatus(request.status, config: config)
        let okrs = try request.okrs.map { (text) throws(ScaffoldError) -> String in try checkedOKR(text) }
        let prefix = folder.isEmpty ? "" : folder + "/"
        let id = try chooseID(request, title: title) { fileExists(prefix + $0.rawValue + ".md") }
        let values = TemplateValues(
            id: id.rawValue, title: title, owner: owner, quarter: schedule.quarter?.description ?? "",
            team: request.team ?? "", status: status, okrs: okrs, date: request.today.description,
            sections: request.kind == .feature ? SectionPrompts.sections(required: config.requiredSections) : [],
            horizon: schedule.horizon?.rawValue ?? "", start: schedule.start?.description ?? "",
            due: schedule.due?.description ?? "")
        let template = Template(customTemplate ?? BuiltInTemplates.text(for: request.kind))
        let contents = template.render(values, requiredSections: request.kind == .feature ? config.requiredSections : [])
        return PlannedFile(id: id, path: prefix + id.rawValue + ".md", contents: contents)
    }

    private func chooseID(_ request: NewItemRequest, title: String, fileExists: (ItemID) -> Bool) throws(ScaffoldError) -> ItemID {
        let allocator = IDAllocator(roadmap: roadmap)
        guard let wanted = request.id else {
            return allocator.id(forTitle: title, kind: request.kind) { !fileExists($0) }
        }
        guard let id = ItemID(wanted) else {
            let slug = Slug.make(wanted)
            throw ScaffoldError("`\(wanted)` is not a valid id: use lower-case letters, digits and hyphens\(slug.isEmpty ? "" : ", like `\(slug)`")")
        }
        if allocator.taken.contains(id.rawValue) { throw ScaffoldError("the id `\(id)` is already used in this roadmap; choose another --id") }
        if fileExists(id) { throw ScaffoldError("a file named \(id).md already exists there; choose another --id") }
        return id
    }

    private func checkedStatus(_ status: String?, config: RoadmapConfig) throws(ScaffoldError) -> String {
        guard let status else { return config.statuses.first ?? "idea" }
        guard config.statuses.contains(status) else {
            throw ScaffoldError("`\(status)` is not a status of this roadmap; use one of \(config.statuses.joined(separator: ", "))")
        }
        return status
    }

    private func checkedOKR(_ text: String) throws(ScaffoldError) -> String {
        let known = roadmap.objectives.map(\.id.rawValue).joined(separator: ", ")
        guard let reference = OKRReference(text.trimmingCharacters(in: .whitespaces)) else {
            throw ScaffoldError("`\(text)` is not an OKR reference; write `objective-id` or `objective-id/kr1`")
        }
        guard let objective = roadmap.objective(reference.objective) else {
            if roadmap.feature(reference.objective) != nil {
                throw ScaffoldError("`\(reference.objective)` is a PRD, not an objective; PRDs it needs belong in depends_on")
            }
            throw ScaffoldError("no objective `\(reference.objective)` in this roadmap" + (known.isEmpty ? "" : "; objectives: \(known)"))
        }
        if let kr = reference.keyResult, objective.keyResult(kr) == nil {
            let krs = objective.keyResults.map(\.id).joined(separator: ", ")
            throw ScaffoldError("objective `\(objective.id)` has no key result `\(kr)`" + (krs.isEmpty ? "" : "; it has \(krs)"))
        }
        return reference.description
    }
}
