import RoadmapCore

/// Finds git merge-conflict markers: `<<<<<<<` and `>>>>>>>` lines, and `=======` between them
/// (alone it is a Markdown heading underline, not a conflict).
enum MergeConflictScan {
    static func scan(_ text: String, path: String) -> [Diagnostic] {
        guard text.contains("<<<<<<<") || text.contains(">>>>>>>") else { return [] }
        var found: [Diagnostic] = []
        var open = false
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let isOpen = isMarker(line, "<<<<<<<"), isClose = isMarker(line, ">>>>>>>")
            let isMiddle = open && line.hasPrefix("=======") && line.dropFirst(7).allSatisfy { $0 == " " }
            guard isOpen || isClose || isMiddle else { continue }
            if isOpen { open = true }
            if isClose { open = false }
            found.append(Diagnostic(
                .mergeConflictMarker, "a git merge-conflict marker is left in the file",
                at: SourceLocation(path: path, line: number, column: 1, length: 7),
                help: "resolve the conflict: keep the right version of the lines between the markers and delete the markers"))
        }
        return found
    }

    private static func isMarker(_ line: Substring, _ marker: String) -> Bool {
        line.hasPrefix(marker) && (line.count == 7 || line.dropFirst(7).first == " ")
    }
}
