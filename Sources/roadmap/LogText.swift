import RoadmapCore
import RoadmapHistory

/// `roadmap log` for people: one line per change, newest first, slips in red; items by title and
/// id, key-result numbers with units, the commit's subject after the change.
struct LogText {
    let paint: Paint
    var words = ChangeText()

    /// The item's facts, then its changes.
    func item(_ item: ItemHistory, entries: [TimelineEntry], shallow: Bool) -> String {
        var out = paint.bold(words.name(item.id)) + "  " + (item.kind == .feature ? "PRD" : "objective") + "  " + item.path
        if !item.formerIDs.isEmpty { out += "  (was " + item.formerIDs.map(\.rawValue).joined(separator: ", ") + ")" }
        if item.isRemoved { out += "  " + paint.red("removed") }
        out += "\n"
        var facts: [String] = []
        if let status = item.status { facts.append("status " + (status == "shipped" ? paint.green(status) : status)) }
        if let created = item.created { facts.append("created \(created.day) by \(created.authorName)" + (shallow ? " (shallow clone: maybe earlier)" : "")) }
        if let last = item.lastChanged { facts.append("last changed \(last.day) by \(last.authorName)") }
        if let shipped = item.shipped { facts.append("shipped \(shipped.day)") }
        facts.append(item.slipCount == 1 ? "1 slip" : "\(item.slipCount) slips")
        out += facts.joined(separator: " · ") + "\n"
        out += "contributors: " + item.contributors.map { "\($0.name) (\($0.commits))" }.joined(separator: ", ") + "\n\n"
        return out + lines(entries, showID: false)
    }

    /// One line per change: date, commit, author, [item,] what changed.
    func lines(_ entries: [TimelineEntry], showID: Bool) -> String {
        guard !entries.isEmpty else { return "no changes\n" }
        let authorWidth = min(20, entries.map { $0.commit.authorName.count }.max() ?? 0)
        let idWidth = min(48, entries.map { words.name($0.change.id).count }.max() ?? 0)
        var out = ""
        out.reserveCapacity(entries.count * 100)
        for entry in entries {
            let commit = entry.commit
            out += paint.dim(commit.day.description) + "  " + paint.yellow(commit.shortID) + "  "
            out += pad(commit.authorName, authorWidth) + "  "
            if showID { out += paint.bold(pad(words.name(entry.change.id), idWidth)) + "  " }
            let change = words.change(entry.change, markSlip: true)
            out += entry.change.isSlip ? paint.red(change) : change
            if !commit.summary.isEmpty { out += paint.dim("  “" + commit.summary + "”") }
            if commit.isMerge { out += paint.cyan("  (merge)") }
            out += "\n"
        }
        return out
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
