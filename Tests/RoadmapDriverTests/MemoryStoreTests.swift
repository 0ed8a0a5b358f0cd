import Foundation
import RoadmapCompiler
import RoadmapCore
import RoadmapDriver
import RoadmapSources
import Testing

/// What the memory store trusts: stat data only for files settled before they were read, one
/// entry per file however many edits.
struct MemoryStoreTests {
    static let prd = """
        ---
        id: saved-cards
        title: Saved cards
        status: idea
        ---

        # Saved cards

        ## Problem

        Paying takes too long.

        """

    func roadmap() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/prds", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/okrs", withIntermediateDirectories: true)
        try Data("title: T\n".utf8).write(to: URL(fileURLWithPath: root + "/roadmap.yml"))
        try Data(Self.prd.utf8).write(to: URL(fileURLWithPath: root + "/prds/saved-cards.md"))
        return root
    }

    @Test func aFileRewrittenJustAfterItWasReadIsReadAgain() throws {
        let root = try roadmap()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let session = try RoadmapSession(location: try RoadmapLocation.resolve(root), environment: [:], caching: .memory)
        let path = root + "/prds/saved-cards.md"
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate]!
        #expect(try session.compile().roadmap.features.first?.status == "idea")
        // Same size and modification time, written within the racy window of the read.
        try Data(Self.prd.replacingOccurrences(of: "status: idea", with: "status: done").utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.modificationDate: before], ofItemAtPath: path)
        let again = try session.compile()
        #expect(again.roadmap.features.first?.status == "done")
        #expect(session.lastCompileReuse?.analysed == 1)
    }

    @Test func settledUnchangedFilesAreNotReadAgain() throws {
        let root = try roadmap()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let later: @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1e9) + 60_000_000_000 }
        let session = try RoadmapSession(location: try RoadmapLocation.resolve(root), environment: [:], caching: .memory, clock: later)
        _ = try session.compile()
        // Unreadable now: a read would report RM008, so a clean compile shows the file was not read.
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: root + "/prds/saved-cards.md")
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: root + "/prds/saved-cards.md") }
        let again = try session.compile()
        #expect(session.lastCompileReuse?.reused == 1)
        #expect(session.lastCompileReuse?.analysed == 0)
        #expect(again.roadmap.features.first?.title == "Saved cards")
    }

    @Test func memoryHoldsOneEntryPerFileAfterManyEdits() throws {
        let root = try roadmap()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let session = try RoadmapSession(location: try RoadmapLocation.resolve(root), environment: [:], caching: .memory)
        for edit in 0..<50 {
            try Data(Self.prd.replacingOccurrences(of: "Saved cards", with: "Saved cards \(edit)").utf8)
                .write(to: URL(fileURLWithPath: root + "/prds/saved-cards.md"))
            try Data(Self.prd.replacingOccurrences(of: "saved-cards", with: "other-\(edit)").utf8)
                .write(to: URL(fileURLWithPath: root + "/prds/other-\(edit).md"))
            if edit > 0 { try FileManager.default.removeItem(atPath: root + "/prds/other-\(edit - 1).md") }
            _ = try session.compile()
        }
        #expect(session.analysesHeld == 2)
    }
}
