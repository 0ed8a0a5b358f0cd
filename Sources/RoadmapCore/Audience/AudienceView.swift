/// The roadmap as one audience sees it: what `roadmap build --audience NAME`, the exports and
/// `list` show that audience. A pure function of the compiled roadmap, so that every output is
/// made from the same projection and none can show what another hides.
///
/// - Items whose visibility the audience does not show are removed, and with them every
///   reference to them: `okrs` naming a hidden objective, `depends_on` and dependents naming a
///   hidden PRD, the movers of the objectives shown.
/// - Fields in `hide_fields` are cleared on every item shown.
/// - Sections in `drop_sections` (H2 headings, compared without case) are blanked line by line,
///   down to the next heading of level 1 or 2, so the body keeps its line numbers.
/// - Links in bodies to hidden files cannot be removed from the Markdown text reliably
///   (reference links, nesting): `hidden` lists those files, for the renderer to unlink.
public struct AudienceView: Sendable {
    /// What is left of a hidden item: enough to recognise links to it and keep its name out of them.
    public struct HiddenItem: Hashable, Sendable {
        public var kind: ItemKind
        public var id: ItemID
        public var title: String

        public init(kind: ItemKind, id: ItemID, title: String) {
            self.kind = kind
            self.id = id
            self.title = title
        }
    }

    public let audience: Audience
    public let roadmap: Roadmap
    /// Every hidden PRD and objective, by its file's path relative to the roadmap root.
    public let hidden: [String: HiddenItem]
    public let hiddenIDs: Set<ItemID>

    public init(_ full: Roadmap, audience: Audience) {
        self.audience = audience
        var hidden: [String: HiddenItem] = [:]
        for objective in full.objectives where !audience.show.contains(objective.visibility) {
            hidden[objective.path] = HiddenItem(kind: .objective, id: objective.id, title: objective.title)
        }
        for feature in full.features where !audience.show.contains(feature.visibility) {
            hidden[feature.path] = HiddenItem(kind: .feature, id: feature.id, title: feature.title)
        }
        self.hidden = hidden
        let hiddenObjectives = Set(hidden.values.filter { $0.kind == .objective }.map(\.id))
        let hiddenFeatures = Set(hidden.values.filter { $0.kind == .feature }.map(\.id))
        hiddenIDs = hiddenObjectives.union(hiddenFeatures)
        let fields = audience.hideFields
        let sections = Set(audience.dropSections.map { AudienceView.sectionKey($0) })
        let features = full.features.filter { audience.show.contains($0.visibility) }.map { original in
            var feature = original
            if !hiddenObjectives.isEmpty, feature.okrs.contains(where: { hiddenObjectives.contains($0.objective) }) {
                feature.okrs.removeAll { hiddenObjectives.contains($0.objective) }
            }
            if !hiddenFeatures.isEmpty {
                if feature.dependsOn.contains(where: hiddenFeatures.contains) { feature.dependsOn.removeAll(where: hiddenFeatures.contains) }
                if feature.dependents.contains(where: hiddenFeatures.contains) { feature.dependents.removeAll(where: hiddenFeatures.contains) }
            }
            AudienceView.clear(fields, of: &feature)
            if let body = AudienceView.dropping(sections, from: feature.body) { feature.body = body }
            return feature
        }
        let objectives = full.objectives.filter { audience.show.contains($0.visibility) }.map { original in
            var objective = original
            if !hiddenFeatures.isEmpty {
                objective.movedBy.removeAll(where: hiddenFeatures.contains)
                for k in objective.keyResults.indices { objective.keyResults[k].movedBy.removeAll(where: hiddenFeatures.contains) }
            }
            if fields.contains("owner") { objective.owner = nil }
            for field in fields { objective.extra[field] = nil }
            if let body = AudienceView.dropping(sections, from: objective.body) { objective.body = body }
            return objective
        }
        roadmap = Roadmap(config: full.config, objectives: objectives, features: features)
    }

    public var hiddenFeatureCount: Int { hidden.values.count { $0.kind == .feature } }
    public var hiddenObjectiveCount: Int { hidden.values.count { $0.kind == .objective } }

    /// "3 PRDs and 1 objective are not shown.", when the audience may be told (`say_hidden`) and
    /// something is hidden; nil otherwise.
    public var notShownNote: String? {
        guard audience.sayHidden, !hiddenIDs.isEmpty else { return nil }
        var parts: [String] = []
        if hiddenFeatureCount > 0 { parts.append("\(hiddenFeatureCount) PRD" + (hiddenFeatureCount == 1 ? "" : "s")) }
        if hiddenObjectiveCount > 0 { parts.append("\(hiddenObjectiveCount) objective" + (hiddenObjectiveCount == 1 ? "" : "s")) }
        return parts.joined(separator: " and ") + (hiddenIDs.count == 1 ? " is" : " are") + " not shown."
    }

    /// What a body link to `item` becomes: its own text, unless that names the item.
    public static func unlinkedText(_ text: String, for item: HiddenItem) -> String {
        let lowered = text.lowercased()
        let names = [item.title.lowercased(), item.id.rawValue.lowercased()].filter { !$0.isEmpty }
        if lowered.isEmpty || names.contains(where: lowered.contains) { return "(not shown)" }
        return text
    }

    /// Clears `fields` (`owner`, `rice`, a score's name, an extra field...) on `feature`.
    static func clear(_ fields: Set<String>, of feature: inout Feature) {
        for field in fields {
            switch field {
            case "owner": feature.owner = ""
            case "team": feature.team = nil
            case "rice": feature.rice = nil
            case "scores": feature.scores = [:]
            case "tags": feature.tags = []
            case "start": feature.start = nil
            case "due": feature.due = nil
            default:
                if feature.scores[field] != nil { feature.scores[field] = nil }
                if feature.extra[field] != nil { feature.extra[field] = nil }
            }
        }
    }

    /// `body` with the sections whose keys are in `sections` blanked; nil when none is dropped.
    static func dropping(_ sections: Set<String>, from body: Body) -> Body? {
        guard !sections.isEmpty else { return nil }
        var ranges: [Range<Int>] = []  // file lines
        var open: Int?
        for heading in body.headings where heading.level <= 2 {
            if let start = open { ranges.append(start..<heading.line); open = nil }
            if heading.level == 2, sections.contains(sectionKey(heading.text)) { open = heading.line }
        }
        if let start = open { ranges.append(start..<Int.max) }
        guard !ranges.isEmpty else { return nil }
        let dropped = { (line: Int) in ranges.contains { $0.contains(line) } }
        var lines = body.markdown.split(separator: "\n", omittingEmptySubsequences: false)
        for i in lines.indices where dropped(body.firstLine + i) { lines[i] = "" }
        var result = body
        result.markdown = lines.joined(separator: "\n")
        result.headings.removeAll { dropped($0.line) }
        result.relativeLinks.removeAll { dropped($0.line) }
        return result
    }

    /// How a section heading and a `drop_sections` entry are compared: without case or outer space.
    static func sectionKey(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
