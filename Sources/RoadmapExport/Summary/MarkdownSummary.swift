import RoadmapCore
import RoadmapHistory

/// The roadmap on one Markdown page, for a wiki, an issue or a pull request: objectives with
/// their key results' progress, the PRDs by quarter or by status, and optionally what changed
/// since a revision (the `roadmap diff` Markdown).
public struct MarkdownSummary: Sendable {
    public var grouping: SummaryGrouping
    /// Where the roadmap was read from, shown under the title (`main @ 1a2b3c4`).
    public var revision: String?
    /// What changed since an earlier revision, appended as its own section.
    public var changes: RoadmapDiff?

    public init(grouping: SummaryGrouping = .quarter, revision: String? = nil, changes: RoadmapDiff? = nil) {
        self.grouping = grouping
        self.revision = revision
        self.changes = changes
    }

    public func render(_ roadmap: Roadmap) -> String {
        let outline = SummaryOutline(roadmap, by: grouping)
        var out = "# " + Self.escape(roadmap.config.title) + "\n\n"
        let counts = "\(roadmap.features.count) PRD\(roadmap.features.count == 1 ? "" : "s"), \(roadmap.objectives.count) objective\(roadmap.objectives.count == 1 ? "" : "s")"
        out += "_" + counts + (revision.map { " · " + Self.escape($0) } ?? "") + "_\n"
        if !outline.objectives.isEmpty {
            out += "\n## Objectives\n"
            for objective in outline.objectives {
                let meta = [objective.period?.description, objective.owner].compactMap { $0 }
                out += "\n### " + Self.escape(objective.title) + " (`\(objective.id.rawValue)`)\n\n"
                if !meta.isEmpty { out += "_" + meta.map(Self.escape).joined(separator: " · ") + "_\n\n" }
                if objective.keyResults.isEmpty { out += "No key results.\n" }
                for kr in objective.keyResults {
                    out += "- " + Self.escape(kr.title) + ": " + Self.escape(SummaryOutline.progress(kr)) + "\n"
                }
            }
        }
        out += "\n## PRDs by \(grouping.rawValue)\n"
        if outline.groups.isEmpty { out += "\nNo PRDs.\n" }
        for group in outline.groups {
            out += "\n### " + Self.escape(group.title) + "\n\n"
            for feature in group.features {
                let details = SummaryOutline.details(feature, grouping: grouping).map(Self.escape).joined(separator: " · ")
                out += "- **" + Self.escape(feature.title) + "** (`\(feature.id.rawValue)`)" + (details.isEmpty ? "" : ": " + details) + "\n"
            }
        }
        if let changes { out += "\n" + changes.markdown }
        return out
    }

    /// Text as literal Markdown on one line: line breaks become spaces and every character that
    /// could start markup, a link or HTML is backslash-escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if c.isNewline { out.append(" "); continue }
            if "\\`*_[]<>#|~&".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
