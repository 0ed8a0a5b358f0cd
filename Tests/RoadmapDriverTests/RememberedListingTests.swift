import Foundation
import RoadmapCore
import RoadmapDriver
import RoadmapSources
import RoadmapTestSupport
import Testing

/// The listing a session keeps for a watcher's reports: used only right after a report, and
/// never for files the watcher does not see.
struct RememberedListingTests {
    static func roadmap() throws -> (root: String, session: RoadmapSession) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-listing-\(UUID().uuidString)").path
        for (path, text) in PreviewRoadmap.files { try write(text, root + "/" + path) }
        let session = try RoadmapSession(location: try RoadmapLocation.resolve(root), today: CalendarDate(iso: "2026-08-01")!,
                                         environment: [:], caching: .memory)
        return (root, session)
    }

    static func write(_ text: String, _ path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static func prd(_ id: String) -> String {
        PreviewRoadmap.files["prds/onboarding.md"]!.replacingOccurrences(of: "id: onboarding", with: "id: \(id)")
    }

    @Test func aReportedFileIsListedAndAnUnreportedOneWaitsForAWalk() throws {
        let (root, session) = try Self.roadmap()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let before = try session.compile().roadmap.features.count
        try Self.write(Self.prd("reported"), root + "/prds/reported.md")
        try Self.write(Self.prd("unreported"), root + "/prds/unreported.md")
        session.treeChanged(["prds/reported.md"], covers: { _ in true })
        let ids = try session.compile().roadmap.features.map(\.id.rawValue)
        #expect(ids.contains("reported") && !ids.contains("unreported"), "the kept listing was not used: \(ids)")
        // A compile without a report walks the tree.
        #expect(try session.compile().roadmap.features.count == before + 2)
    }

    @Test func filesTheWatcherDoesNotSeeAreNeverKept() throws {
        let (root, session) = try Self.roadmap()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Self.write(Self.prd("draft"), root + "/prds/.drafts/draft.md")
        let watched: (String) -> Bool = { !$0.split(separator: "/").dropLast().contains { $0.hasPrefix(".") } }
        _ = try session.compile()
        try Self.write(Self.prd("second-draft"), root + "/prds/.drafts/second-draft.md")
        session.treeChanged([], covers: watched)
        let ids = try session.compile().roadmap.features.map(\.id.rawValue)
        #expect(ids.contains("second-draft"), "\(ids)")
    }

    @Test func aNewFolderOrAnIgnoreFileMakesTheNextCompileWalk() throws {
        let (root, session) = try Self.roadmap()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try session.compile()
        try Self.write(Self.prd("in-new-folder"), root + "/prds/new/in-new-folder.md")
        session.treeChanged(["prds/new"], covers: { _ in true })
        #expect(try session.compile().roadmap.features.contains { $0.id.rawValue == "in-new-folder" })

        // Only the .gitignore is reported: the file written beside it is found only by a walk.
        try Self.write("*.tmp\n", root + "/.gitignore")
        try Self.write(Self.prd("unreported"), root + "/prds/unreported.md")
        session.treeChanged([".gitignore"], covers: { _ in true })
        let ids = try session.compile().roadmap.features.map(\.id.rawValue)
        #expect(ids.contains("unreported") && ids.contains("in-new-folder"), "\(ids)")

        try FileManager.default.removeItem(atPath: root + "/prds/new")
        session.treeChanged(["prds/new"], covers: { _ in true })
        #expect(try !session.compile().roadmap.features.contains { $0.id.rawValue == "in-new-folder" })
    }
}
