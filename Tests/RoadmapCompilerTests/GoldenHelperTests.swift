import Foundation
import RoadmapTestSupport
import Testing

/// The shared golden check: equal text passes, different or missing goldens fail, and (when
/// RECORD_GOLDEN is set) recording writes the file and still fails.
/// This module has its own `Golden` (file names under its Golden/ folder) in front of this one.
private typealias Shared = RoadmapTestSupport.Golden

struct GoldenHelperTests {
    @Test func comparesByteForByteAndFailsOnAMissingGolden() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rm-golden-\(UInt64.random(in: 0...UInt64.max))")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("a.txt")
        try "line\n".write(to: file, atomically: true, encoding: .utf8)
        if Shared.isRecording {
            // Recording rewrites the file and records an issue, so this run fails as intended.
            withKnownIssue { try Shared.check("recorded\n", against: file) }
            #expect(try String(contentsOf: file, encoding: .utf8) == "recorded\n")
            return
        }
        try Shared.check("line\n", against: file)
        withKnownIssue { try Shared.check("line", against: file) }
        withKnownIssue { try Shared.check("line\n", against: folder.appendingPathComponent("missing.txt")) }
    }
}
