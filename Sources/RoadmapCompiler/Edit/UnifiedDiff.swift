import RoadmapCore

/// A unified diff of edits to one file, in the form `git apply` and `patch -p1` accept: one
/// hunk per group of nearby edits with three lines of context, CRs kept as line content, and
/// `\ No newline at end of file` where a side ends without one.
public enum UnifiedDiff {
    static let context = 3

    /// The diff that turns `original` into `original` with `edits` applied; "" when nothing
    /// changes. `path` is written as `a/path` and `b/path`.
    public static func render(path: String, original: [UInt8], edits: [TextEdit]) -> String {
        let edits = edits.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
        guard !edits.isEmpty, let changed = edits.applied(to: original), changed != original else { return "" }
        let lines = lineRanges(original)
        let openEnd = original.last.map { $0 != 0x0A } ?? false
        // Each edit's old lines, as [first, last) line indexes: edits on overlapping lines form
        // one block, and nearby blocks one hunk, with the unchanged lines between them as context.
        typealias Block = (range: Range<Int>, edits: [TextEdit])
        var groups: [[Block]] = []
        for edit in edits {
            let first = lineIndex(of: edit.start, in: lines, openEnd: openEnd)
            let last = edit.end > edit.start ? lineIndex(of: edit.end - 1, in: lines, openEnd: openEnd) + 1 : max(first + 1, first)
            let range = first..<min(max(last, first + 1), max(lines.count, first + 1))
            if var group = groups.last, let previous = group.last, range.lowerBound <= previous.range.upperBound + 2 * context {
                if range.lowerBound < previous.range.upperBound {
                    group[group.count - 1] = (previous.range.lowerBound..<max(previous.range.upperBound, range.upperBound), previous.edits + [edit])
                } else {
                    group.append((range, [edit]))
                }
                groups[groups.count - 1] = group
            } else {
                groups.append([(range, [edit])])
            }
        }
        var out = "diff --git a/\(path) b/\(path)\n--- a/\(path)\n+++ b/\(path)\n"
        var shift = 0
        for group in groups {
            var body = ""
            var oldCount = 0, newCount = 0
            var firstChanged: Int?
            var previousEnd: Int?
            for block in group {
                let changedLines = block.range.clamped(to: 0..<lines.count)
                if firstChanged == nil { firstChanged = changedLines.lowerBound }
                if let previousEnd {
                    for i in previousEnd..<changedLines.lowerBound { body += line(" ", original[lines[i]]) }
                    oldCount += changedLines.lowerBound - previousEnd
                    newCount += changedLines.lowerBound - previousEnd
                }
                let regionStart = changedLines.isEmpty ? original.count : lines[changedLines.lowerBound].lowerBound
                let regionEnd = changedLines.isEmpty ? original.count : lines[changedLines.upperBound - 1].upperBound
                let region = Array(original[regionStart..<regionEnd])
                let local = block.edits.map { TextEdit(path: $0.path, start: $0.start - regionStart, end: $0.end - regionStart, replacement: $0.replacement) }
                let newRegion = local.applied(to: region) ?? region
                let newLines = lineRanges(newRegion).map { newRegion[$0] }
                for i in changedLines { body += line("-", original[lines[i]]) }
                for l in newLines { body += line("+", l) }
                oldCount += changedLines.count
                newCount += newLines.count
                previousEnd = changedLines.upperBound
            }
            let start = firstChanged ?? lines.count, end = previousEnd ?? lines.count
            let before = max(0, start - context)..<start
            let after = end..<min(lines.count, end + context)
            oldCount += before.count + after.count
            newCount += before.count + after.count
            let oldStart = oldCount == 0 ? before.lowerBound : before.lowerBound + 1
            let newStart = newCount == 0 ? before.lowerBound + shift : before.lowerBound + shift + 1
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for i in before { out += line(" ", original[lines[i]]) }
            out += body
            for i in after { out += line(" ", original[lines[i]]) }
            shift += newCount - oldCount
        }
        return out
    }

    /// A diff line; one without a line break at the end of a file gets git's marker.
    private static func line(_ sign: String, _ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return bytes.last == 0x0A ? sign + text : sign + text + "\n\\ No newline at end of file\n"
    }

    /// Byte ranges of the lines, each with its `\n` (a CR before it is content, as git sees it).
    static func lineRanges(_ bytes: some Collection<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            ranges.append(start..<(i + 1))
            start = i + 1
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }

    /// The line holding byte `offset`; the line count for the end of a file ending in a break,
    /// the last line for the end of one without (that line gains a break).
    private static func lineIndex(of offset: Int, in lines: [Range<Int>], openEnd: Bool) -> Int {
        if let last = lines.last, offset >= last.upperBound { return openEnd ? lines.count - 1 : lines.count }
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
