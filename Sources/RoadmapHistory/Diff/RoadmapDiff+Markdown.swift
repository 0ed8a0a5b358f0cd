extension RoadmapDiff {
    /// The diff as Markdown to paste into a review or a release note: a heading, a summary
    /// line, and one bulleted section per kind of change, slips marked.
    public var markdown: String {
        var out = "## Roadmap changes `\(from.shortID)` → `\(to.shortID)`\n\n"
        out += "_\(from.day) → \(to.day) · \(summary)_\n"
        for section in sections {
            out += "\n### \(section.title)\n\n"
            for line in section.lines {
                let name = line.entry.title.map { "**\(Self.escape($0))** (`\(line.entry.id)`)" } ?? "`\(line.entry.id)`"
                // An objective's period is its period, and a line that slipped says so once.
                let events = line.events.map { Self.escape(ChangeText().event($0, item: line.entry.id, kind: line.entry.kind)) }
                let slip = line.events.contains(where: \.isSlip) ? " (slip) ⚠️" : ""
                out += "- \(name)" + (events.isEmpty ? "" : ": " + events.joined(separator: "; ") + slip) + "\n"
            }
        }
        if sections.isEmpty { out += "\nNo changes to the plan.\n" }
        return out
    }

    /// `3 PRDs added, 1 shipped, 2 slipped, 5 changed` — counts of what matters most.
    public var summary: String {
        let features = entries.filter { $0.kind == .feature }
        var parts: [String] = []
        func count(_ n: Int, _ what: String, _ plural: String? = nil) {
            if n > 0 { parts.append("\(n) \(n == 1 ? what : plural ?? what)") }
        }
        count(features.count { $0.change == .added }, "added")
        count(features.count { $0.change == .removed }, "removed")
        count(features.count(where: \.shipped), "shipped")
        count(features.count(where: \.dropped), "dropped")
        count(features.count(where: \.isSlip), "slipped")
        count(features.count { $0.change == .changed }, "PRD changed", "PRDs changed")
        let objectives = entries.filter { $0.kind == .objective }
        count(objectives.count { $0.change == .added }, "objective added", "objectives added")
        count(objectives.count { $0.change == .removed }, "objective removed", "objectives removed")
        count(objectives.count { $0.change == .changed }, "objective changed", "objectives changed")
        return parts.isEmpty ? "no changes to the plan" : parts.joined(separator: ", ")
    }

    /// Markdown's inline specials escaped, so a title cannot turn into a link or emphasis.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]<>#|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
