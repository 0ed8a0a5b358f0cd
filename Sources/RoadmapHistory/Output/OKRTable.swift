import RoadmapCore

/// Objectives and their key results as an aligned text table for a terminal (`roadmap okrs`):
/// each objective's row (id, title, period, status), then its key results indented under it
/// with current value, target, progress, forecast (projected value and percent of target),
/// status and last check-in. Values are written with their units; columns without history show `-`.
public struct OKRTable: Sendable {
    /// Titles longer than this are cut with an ellipsis, so a row fits a terminal line.
    public var maxTitleWidth: Int

    public init(maxTitleWidth: Int = 44) { self.maxTitleWidth = max(4, maxTitleWidth) }

    /// The header and the rows; an empty string for no objectives. `outlooks` by `objective/kr`,
    /// nil without history.
    public func render(_ objectives: [Objective], outlooks: [String: KeyResultOutlook]?) -> String {
        guard !objectives.isEmpty else { return "" }
        let header = ["ID", "TITLE", "PERIOD", "CURRENT", "TARGET", "PROGRESS", "FORECAST", "STATUS", "LAST CHECK-IN"]
        var rows: [[String]] = []
        for objective in objectives {
            let statuses = objective.keyResults.map { outlooks?["\(objective.id)/\($0.id)"]?.status }
            rows.append([objective.id.rawValue, cut(objective.title), objective.period?.description ?? "-", "", "", "", "",
                         OKRStatus.of(objective: statuses)?.label ?? "-", ""])
            for kr in objective.keyResults {
                rows.append(row(kr, outlook: outlooks?["\(objective.id)/\(kr.id)"]))
            }
        }
        // CURRENT, TARGET, PROGRESS and FORECAST are numbers: right-aligned.
        let numeric: Set<Int> = [3, 4, 5, 6]
        let widths = header.indices.map { c in ([header] + rows).map { $0[c].count }.max() ?? 0 }
        return ([header] + rows).map { cells in
            var line = cells.indices.map { c -> String in
                let pad = String(repeating: " ", count: widths[c] - cells[c].count)
                return numeric.contains(c) ? pad + cells[c] : cells[c] + pad
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }

    private func row(_ kr: KeyResult, outlook: KeyResultOutlook?) -> [String] {
        let unit = kr.metricUnit
        let progress = kr.progress.flatMap { $0.isFinite ? "\(Int(($0 * 100).rounded()))%" : nil } ?? "-"
        var forecast = "-"
        if let made = outlook?.forecast {
            forecast = unit.text(made.projected)
            if let percent = made.percentOfTarget, percent.isFinite { forecast += " (\(Int(percent.rounded()))%)" }
        }
        let last = outlook?.checkIns.last.map { "\($0.day) \($0.commit.authorName)" } ?? "-"
        return ["  " + kr.id, cut(kr.title), "", kr.current.map(unit.text) ?? "-", kr.target.map(unit.text) ?? "-",
                progress, forecast, outlook?.status?.label ?? "-", last]
    }

    private func cut(_ title: String) -> String {
        title.count <= maxTitleWidth ? title : String(title.prefix(maxTitleWidth - 1)) + "…"
    }
}
