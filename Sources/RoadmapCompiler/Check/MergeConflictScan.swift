import Foundation
import RoadmapCore

/// Finds git merge-conflict markers: `<<<<<<<` and `>>>>>>>` lines, and `=======` between them
/// (alone it is a Markdown heading underline, not a conflict).
enum MergeConflictScan {
    static func scan(_ text: String, path: String) -> [Diagnostic] {
        guard hasMarkerLine(text) else { return [] }
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

    /// A fast byte-level pass: does any line start with seven `<` or `>`? Runs on every file.
    private static func hasMarkerLine(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i + 7 <= n {
                let b = bytes[i]
                if (b == UInt8(ascii: "<") || b == UInt8(ascii: ">")), (1..<7).allSatisfy({ bytes[i + $0] == b }) { return true }
                // Skip to the next line start.
                guard let base = bytes.baseAddress, let newline = memchr(base + i, 0x0A, n - i) else { return false }
                i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(newline)) + 1
            }
            return false
        }
    }

    private static func isMarker(_ line: Substring, _ marker: String) -> Bool {
        line.hasPrefix(marker) && (line.count == 7 || line.dropFirst(7).first == " ")
    }
}
