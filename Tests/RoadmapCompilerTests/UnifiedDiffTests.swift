import Foundation
import RoadmapCompiler
import RoadmapCore
import Testing

/// Dry-run patches: hunks with the right line numbers, checked by the real `git apply`.
@Suite struct UnifiedDiffTests {
    static let gitAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/git")

    /// Applies `patch` to `original` with `git apply` in a scratch folder and returns the result.
    func gitApply(_ patch: String, to original: [UInt8], path: String) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(original).write(to: file)
        try Data(patch.utf8).write(to: folder.appendingPathComponent("p.patch"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["apply", "--whitespace=nowarn", "p.patch"]
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "git apply: \(message)\n\(patch)")
        return Array(try Data(contentsOf: file))
    }

    func edit(_ bytes: [UInt8], replacing old: String, with new: String, occurrence: Int = 0) -> TextEdit {
        let text = String(decoding: bytes, as: UTF8.self)
        var range = text.range(of: old)!
        for _ in 0..<occurrence { range = text.range(of: old, range: range.upperBound..<text.endIndex)! }
        let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        return TextEdit(path: "x", start: start, end: start + old.utf8.count, replacement: new)
    }

    @Test(.enabled(if: gitAvailable))
    func distantEditsMakeSeparateHunks() throws {
        let lines = (1...40).map { "line \($0)\n" }.joined()
        let bytes = Array(lines.utf8)
        let edits = [edit(bytes, replacing: "line 3\n", with: "line three\nand a new line\n"),
                     edit(bytes, replacing: "line 30\n", with: ""),
                     TextEdit(path: "x", start: bytes.count, end: bytes.count, replacement: "line 41\n")]
        let patch = UnifiedDiff.render(path: "prds/x.md", original: bytes, edits: edits)
        #expect(patch.components(separatedBy: "\n@@ ").count == 4, "\(patch)")
        #expect(patch.contains("@@ -1,6 +1,7 @@\n"))
        #expect(patch.contains("@@ -27,7 +28,6 @@\n line 27\n line 28\n line 29\n-line 30\n line 31\n"), "\(patch)")
        #expect(patch.hasSuffix("@@ -38,3 +38,4 @@\n line 38\n line 39\n line 40\n+line 41\n"), "\(patch)")
        #expect(try gitApply(patch, to: bytes, path: "prds/x.md") == edits.applied(to: bytes))
    }

    @Test(.enabled(if: gitAvailable))
    func crlfAndAMissingFinalNewline() throws {
        let bytes = Array("\u{FEFF}---\r\nstatus: planed\r\n---\r\nlast line".utf8)
        let edits = [edit(bytes, replacing: "planed", with: "planned"),
                     TextEdit(path: "x", start: bytes.count, end: bytes.count, replacement: "\r\n\r\n## Problem\r\n")]
        let patch = UnifiedDiff.render(path: "a b.md", original: bytes, edits: edits)
        #expect(patch.contains("-status: planed\r\n+status: planned\r\n ---\r\n-last line\n\\ No newline at end of file\n+last line\r\n+\r\n+## Problem\r\n"), "\(patch)")
        #expect(try gitApply(patch, to: bytes, path: "a b.md") == edits.applied(to: bytes))
    }

    /// Two edits two lines apart share a hunk, but the line between them stays context: a
    /// reviewer sees only the lines that change marked as changed.
    @Test(.enabled(if: gitAvailable))
    func unchangedLinesBetweenNearbyEditsAreContext() throws {
        let bytes = Array("---\nid: X-1\ntitle: T\nstatus: planed\nowner: A\n---\n".utf8)
        let edits = [edit(bytes, replacing: "X-1", with: "x-1"), edit(bytes, replacing: "planed", with: "planned")]
        let patch = UnifiedDiff.render(path: "p.md", original: bytes, edits: edits)
        #expect(patch == "diff --git a/p.md b/p.md\n--- a/p.md\n+++ b/p.md\n@@ -1,6 +1,6 @@\n ---\n-id: X-1\n+id: x-1\n title: T\n-status: planed\n+status: planned\n owner: A\n ---\n", "\(patch)")
        #expect(try gitApply(patch, to: bytes, path: "p.md") == edits.applied(to: bytes))
    }

    @Test func noChangeNoPatch() {
        let bytes = Array("a\n".utf8)
        #expect(UnifiedDiff.render(path: "x", original: bytes, edits: []) == "")
        #expect(UnifiedDiff.render(path: "x", original: bytes, edits: [TextEdit(path: "x", start: 0, end: 1, replacement: "a")]) == "")
    }
}
