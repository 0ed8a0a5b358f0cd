import RoadmapCompiler
import RoadmapCore
import RoadmapLSPProtocol

/// `textDocument/hover`: on an id or reference its title, status and file; on `rice` the score
/// and the backlog rank; on a key result its progress.
struct Hover {
    let workspace: Workspace
    let compilation: Compilation

    func contents(at cursor: CursorContext) -> JSONValue {
        guard cursor.frontMatter.contains(line: cursor.position.line) else { return .null }
        let roadmap = compilation.roadmap
        let keys = cursor.frontMatter.keys(of: cursor.position.line)
        var text: String?
        var range: TextRange?
        if let token = cursor.token, let reference = Reference.of(token, kind: cursor.kind, path: cursor.path, in: roadmap) {
            text = describe(reference)
            range = workspace.range(of: token.bytes, in: cursor.document.lines)
        } else if cursor.kind == .prd, keys.key == "rice", let feature = roadmap.features.first(where: { $0.path == cursor.path }) {
            text = rice(of: feature)
        }
        guard let text else { return .null }
        var members: [(String, JSONValue)] = [("contents", .object([("kind", "markdown"), ("value", .string(text))]))]
        if let range { members.append(("range", range.json)) }
        return .object(members)
    }

    private func describe(_ reference: Reference) -> String {
        switch reference {
        case .feature(let feature):
            var lines = ["**\(feature.title)** (`\(feature.id)`)", "", "Status: \(feature.status)"]
            if !feature.owner.isEmpty { lines.append("Owner: \(feature.owner)") }
            if let team = feature.team { lines.append("Team: \(team)") }
            if let quarter = feature.quarter { lines.append("Quarter: \(quarter)") }
            if let due = feature.due { lines.append("Due: \(due)") }
            lines.append("File: `\(feature.path)`")
            return lines.joined(separator: "  \n")
        case .objective(let objective):
            var lines = ["**\(objective.title)** (objective `\(objective.id)`)", ""]
            if let period = objective.period { lines.append("Period: \(period)") }
            for kr in objective.keyResults { lines.append("- `\(kr.id)` \(kr.title): \(progress(of: kr))") }
            lines.append("File: `\(objective.path)`")
            return lines.joined(separator: "  \n")
        case .keyResult(let objective, let kr):
            var lines = ["**\(kr.title)** (key result `\(objective.id)/\(kr.id)`)", "", "Progress: \(progress(of: kr))"]
            lines.append("Objective: \(objective.title)")
            let movers = kr.movedBy.count
            lines.append(movers == 0 ? "No PRD moves it." : "Moved by \(movers) PRD\(movers == 1 ? "" : "s")")
            lines.append("File: `\(objective.path)`")
            return lines.joined(separator: "  \n")
        }
    }

    private func progress(of kr: KeyResult) -> String {
        let values = [kr.baseline, kr.current, kr.target].map { $0.map(kr.text) ?? "?" }
        let figures = "\(values[1]) (baseline \(values[0]), target \(values[2]))"
        guard let progress = kr.progress else { return figures }
        return "\(DecimalText.format((progress * 100).rounded()))% of the way, \(figures)"
    }

    private func rice(of feature: Feature) -> String? {
        guard let rice = feature.rice else { return nil }
        let backlog = compilation.roadmap.backlog
        let rank = backlog.firstIndex { $0.id == feature.id }.map { $0 + 1 }
        var lines = ["**RICE score \(rice.scoreText)**", "",
                     "reach \(DecimalText.format(rice.reach)) × impact \(DecimalText.format(rice.impact)) × confidence \(DecimalText.format((rice.confidence * 100).rounded()))% ÷ effort \(DecimalText.format(rice.effort))"]
        if let rank { lines.append("Rank \(rank) of \(backlog.count) in the backlog") }
        return lines.joined(separator: "  \n")
    }
}
