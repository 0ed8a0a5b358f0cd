import RoadmapHistory
import RoadmapReport

/// `roadmap diff` for people: a summary, then one block per kind of change.
struct DiffText {
    let paint: Paint

    func render(_ diff: RoadmapDiff) -> String {
        var out = paint.bold("roadmap \(diff.from.shortID)..\(diff.to.shortID)") + paint.dim("  (\(diff.from.day) → \(diff.to.day))") + "\n"
        out += diff.summary + "\n"
        for section in diff.sections {
            out += "\n" + paint.bold(section.title) + "\n"
            let width = min(32, section.lines.map { $0.entry.id.rawValue.count }.max() ?? 0)
            for line in section.lines {
                let id = line.entry.id.rawValue
                let name = id + String(repeating: " ", count: max(0, width - id.count))
                let events = line.events.map { event in
                    let text = ChangeText().event(event, item: line.entry.id, kind: line.entry.kind)
                    return event.isSlip ? paint.red(text) : (line.entry.shipped && event.type == "status" ? paint.green(text) : text)
                }
                let slip = line.events.contains(where: \.isSlip) ? paint.red(" (slip)") : ""
                out += "  " + name + "  " + events.joined(separator: ", ") + slip + "\n"
            }
        }
        if diff.unchangedPlans > 0 {
            out += "\n" + paint.dim(Plural.count(diff.unchangedPlans, "more item") + " edited or moved without a change to the plan") + "\n"
        }
        return out
    }
}
